DAY = "1966-02-25"
SENTS = [
 ("The army and police of Ghana seized power in Accra on Thursday while President Kwame Nkrumah was on his way to Peking.", [], ["person:kwame-nkrumah LEADS GHA"]),
 ("Nkrumah arrived in Peking a few hours later and was received by Premier Chou En-lai.", ["person:kwame-nkrumah MEETS person:zhou-enlai", "person:kwame-nkrumah MEETS CHN"], ["person:zhou-enlai LEADS CHN"]),
 ("The new National Liberation Council ordered Soviet and Chinese technicians to leave the country.", [], []),
 ("Nkrumah had broken relations with Britain over Rhodesia in December.", [], ["person:kwame-nkrumah CONDEMNS GBR", "GHA CONDEMNS GBR"]),
 ("Soviet weapons and instructors had been flowing into Ghana since 1964.", ["SUN SUPPLIES_ARMS GHA"], ["SUN DEPLOYS_TROOPS GHA"]),
]
