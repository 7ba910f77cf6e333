DAY = "2013-01-23"
SENTS = [
 ("The Philippines has taken China to an international arbitration tribunal over their rival claims in the South China Sea, Foreign Secretary Albert del Rosario said on Tuesday.", ["PHL CONDEMNS CHN"], ["person:albert-del-rosario CONDEMNS CHN"]),
 ("Manila said it had exhausted almost every political and diplomatic avenue since Chinese ships took control of Scarborough Shoal last year.", [], ["CHN ATTACKS PHL"]),
 ("China rejected the case, and its ambassador in Manila, Ma Keqing, said Beijing would not take part in the proceedings.", [], []),
 ("The United States, bound to the Philippines by a 1951 mutual defence treaty, backed a peaceful resolution of the dispute.", ["USA ALLIED_WITH PHL"], ["USA SUPPORTS PHL"]),
 ("Japanese Foreign Minister Fumio Kishida, who visited Manila earlier this month, promised to provide ten patrol boats to the Philippine coast guard.", ["person:fumio-kishida MEETS PHL"], ["JPN SUPPORTS PHL", "person:fumio-kishida SUPPORTS PHL", "JPN SUPPLIES_ARMS PHL"]),
]
