DAY = "1940-06-29"
SENTS = [
 ("Soviet troops began occupying Bessarabia and northern Bukovina on Friday after Rumania bowed to a Soviet ultimatum giving it twenty-four hours to cede the provinces.", ["SUN DEPLOYS_TROOPS ROU"], ["SUN ATTACKS ROU", "SUN CONDEMNS ROU"]),
 ("King Carol's government said it had yielded to avoid war, after Berlin advised Bucharest to accept the Soviet demands.", [], ["person:carol-ii LEADS ROU", "DEU SUPPORTS SUN"]),
 ("Rumanian troops withdrawing across the Prut were harassed by Soviet tanks, and several hundred soldiers were taken prisoner.", [], ["SUN ATTACKS ROU"]),
 ("Hungary and Bulgaria, which also claim Rumanian territory, have massed troops on their frontiers with Rumania.", [], ["HUN CONDEMNS ROU", "BGR CONDEMNS ROU"]),
]
