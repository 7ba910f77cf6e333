DAY = "1956-11-04"
SENTS = [
 ("Soviet tanks rolled into Budapest before dawn on Sunday to crush the Hungarian uprising, and heavy fighting was reported across the capital.", ["SUN ATTACKS HUN"], ["SUN DEPLOYS_TROOPS HUN"]),
 ("Prime Minister Imre Nagy said in a radio appeal that Soviet troops had attacked the capital with the obvious intention of overthrowing the lawful Hungarian government.", [], ["person:imre-nagy LEADS HUN", "person:imre-nagy CONDEMNS SUN", "SUN ATTACKS HUN"]),
 ("Nagy had announced on Thursday that Hungary was leaving the Warsaw Pact and declared the country neutral.", [], []),
 ("President Eisenhower condemned the Soviet action and called it a crime against the Hungarian people.", ["person:dwight-eisenhower CONDEMNS SUN"], ["person:dwight-eisenhower LEADS USA", "USA CONDEMNS SUN"]),
 ("The Soviet Union vetoed a Security Council resolution calling on Moscow to withdraw its forces from Hungary.", ["SUN VETOES HUN"], ["SUN DEPLOYS_TROOPS HUN"]),
]
