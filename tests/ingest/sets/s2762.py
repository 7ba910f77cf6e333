DAY = "1976-01-13"
SENTS = [
 ("The Organization of African Unity ended an emergency summit in Addis Ababa on Tuesday split down the middle over whether to recognize the Soviet-backed Popular Movement as Angola's government.", [], []),
 ("Nigeria, which recognized the Popular Movement in November, accused the United States of trying to dictate to Africa.", ["NGA CONDEMNS USA"], []),
 ("Some 7,500 Cuban troops are fighting in Angola alongside the Popular Movement, and South African units have pushed deep into the south of the country.", ["CUB DEPLOYS_TROOPS AGO"], ["ZAF DEPLOYS_TROOPS AGO", "ZAF ATTACKS AGO"]),
 ("Zaire, whose troops have fought beside the National Front in northern Angola, blamed the Soviet Union for prolonging the war.", ["COD DEPLOYS_TROOPS AGO", "COD CONDEMNS SUN"], []),
]
