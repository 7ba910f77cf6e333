DAY = "1976-02-20"
SENTS = [
 ("Iceland broke off diplomatic relations with Britain on Thursday after a series of collisions between Icelandic coast guard vessels and Royal Navy frigates in the disputed fishing zone.", [], ["ISL SANCTIONS GBR", "ISL CONDEMNS GBR", "GBR ATTACKS ISL", "ISL ATTACKS GBR"]),
 ("It is the first time that two members of NATO have severed relations with each other.", [], []),
 ("Icelandic Prime Minister Geir Hallgrimsson accused Britain of violating his country's sovereignty and said Reykjavik might review its membership of the alliance.", ["person:geir-hallgrimsson LEADS ISL", "person:geir-hallgrimsson CONDEMNS GBR"], ["ISL MEMBER_OF org:NATO", "ISL CONDEMNS GBR"]),
 ("The British foreign secretary, James Callaghan, said the frigates would stay to protect British trawlers fishing off Iceland.", [], ["GBR DEPLOYS_TROOPS ISL"]),
 ("NATO Secretary General Joseph Luns has offered to mediate between the two allies.", ["person:joseph-luns LEADS org:NATO"], ["person:joseph-luns MEETS ISL", "person:joseph-luns MEETS GBR", "ISL ALLIED_WITH GBR"]),
 ("Norway, which has also extended its fishing limits, urged both sides to return to negotiations.", [], ["NOR MEETS ISL", "NOR MEETS GBR"]),
]
