DAY = "2024-01-31"
SENTS = [
 ("The Philippines and Vietnam signed a deal on Tuesday to prevent incidents in the South China Sea and to strengthen cooperation between their coast guards.", [], ["PHL ALLIED_WITH VNM"]),
 ("Ferdinand Marcos Jr signed the agreements during a state visit to Hanoi.", ["person:ferdinand-marcos-jr MEETS VNM"], []),
 ("Both countries have accused China of aggressive behaviour in disputed waters.", ["PHL CONDEMNS CHN", "VNM CONDEMNS CHN"], []),
 ("Chinese coast guard vessels have repeatedly used water cannon against Philippine boats near the Second Thomas Shoal.", [], ["CHN ATTACKS PHL"]),
 ("Beijing claims almost all of the sea.", [], []),
]
