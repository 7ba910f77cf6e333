DAY = "1977-11-14"
SENTS = [
 ("Somalia expelled all Soviet military advisers on Sunday, renounced its friendship treaty with Moscow and broke off diplomatic relations with Cuba, accusing both of helping Ethiopia in the war over the Ogaden.", [], ["SOM CONDEMNS SUN", "SOM CONDEMNS CUB", "SUN DEPLOYS_TROOPS SOM", "SOM SANCTIONS CUB", "SUN SUPPORTS ETH", "CUB SUPPORTS ETH", "SOM ATTACKS ETH", "SOM ALLIED_WITH SUN"]),
 ("About 1,500 Soviet advisers were given a week to leave.", [], []),
 ("The Soviet Union has been shipping arms to Ethiopia's military government since the spring, and Cuban troops are reported to be fighting on the Ethiopian side.", ["SUN SUPPLIES_ARMS ETH"], ["CUB SUPPORTS ETH", "CUB DEPLOYS_TROOPS ETH"]),
 ("President Mohamed Siad Barre said Somalia would look to the West and the Arab world for support.", ["person:siad-barre LEADS SOM"], []),
 ("Saudi Arabia has promised Somalia hundreds of millions of dollars in aid.", [], ["SAU SUPPORTS SOM"]),
]
