DAY = "1962-08-16"
SENTS = [
 ("Indonesia and the Netherlands signed an agreement at the United Nations on Wednesday handing West New Guinea to Indonesian control by May after a brief United Nations administration.", [], ["IDN MEETS NLD"]),
 ("Acting Secretary General U Thant will send Pakistani troops to keep order during the transfer.", [], ["person:u-thant LEADS org:UN", "PAK DEPLOYS_TROOPS IDN"]),
 ("Dutch marines have been fighting Indonesian paratroopers in the jungle since the spring.", ["NLD ATTACKS IDN"], ["IDN ATTACKS NLD", "IDN DEPLOYS_TROOPS NLD"]),
 ("Moscow has sold Jakarta a cruiser, destroyers, long-range bombers and jet fighters on easy credit, some $1 billion in all.", ["SUN SUPPLIES_ARMS IDN"], []),
 ("Sukarno, the President, told a rally that colonialism had lost its last foothold in the archipelago.", [], ["person:sukarno LEADS IDN", "person:sukarno CONDEMNS NLD"]),
]
