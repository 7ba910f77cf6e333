DAY = "1998-10-23"
SENTS = [
 ("Prime Minister Benjamin Netanyahu and Yasser Arafat signed an agreement at the White House on Friday under which Israel will withdraw from a further 13 percent of the West Bank.", ["person:benjamin-netanyahu MEETS person:yasser-arafat"], ["person:benjamin-netanyahu LEADS ISR", "person:yasser-arafat LEADS PSE", "person:benjamin-netanyahu MEETS USA", "person:yasser-arafat MEETS USA", "ISR DEPLOYS_TROOPS PSE"]),
 ("President Clinton, who hosted nine days of talks at the Wye River Plantation in Maryland, signed the accord as a witness.", [], ["person:bill-clinton LEADS USA", "person:bill-clinton MEETS person:benjamin-netanyahu", "person:bill-clinton MEETS person:yasser-arafat"]),
 ("King Hussein of Jordan, who is being treated for cancer, left his hospital bed to help broker the deal.", ["person:hussein-bin-talal LEADS JOR"], []),
 ("The Palestinians agreed to cooperate with the CIA in combating terrorism.", [], []),
 ("Hamas, which rejects any agreement with Israel, vowed to continue its attacks.", [], ["org:HAMAS ATTACKS ISR", "org:HAMAS CONDEMNS ISR"]),
]
