DAY = "1953-03-13"
SENTS = [
 ("Soviet MiG fighters shot down a British Lincoln bomber over Germany yesterday, killing its crew of seven.", ["SUN ATTACKS GBR"], []),
 ("Britain said the bomber was on a training flight along the air corridor to Berlin and had not crossed into the Soviet zone.", [], []),
 ("Foreign Secretary Anthony Eden told the Commons that Britain had sent the strongest protest to Moscow.", ["GBR CONDEMNS SUN"], ["person:anthony-eden CONDEMNS SUN"]),
 ("Two days earlier Czechoslovak jets shot down an American fighter over Bavaria.", ["CSK ATTACKS USA"], []),
 ("The Soviet Control Commission in Germany claimed the Lincoln had fired first.", [], ["SUN CONDEMNS GBR"]),
]
