DAY = "1932-01-30"
SENTS = [
 ("Japanese marines and naval aircraft attacked the Chapei district of Shanghai on Thursday night, and the Chinese Nineteenth Route Army is resisting street by street.", ["JPN ATTACKS CHN"], ["CHN ATTACKS JPN"]),
 ("Planes from Japanese carriers in the Whangpoo have bombed the North Station and set much of Chapei ablaze.", [], ["JPN ATTACKS CHN"]),
 ("The Chinese government has moved its offices from Nanking to Loyang for safety.", [], []),
 ("To guard the International Settlement, London is rushing a brigade from Hong Kong and the American Asiatic Fleet has ordered its cruisers up the coast.", [], ["GBR DEPLOYS_TROOPS CHN", "USA DEPLOYS_TROOPS CHN"]),
 ("Secretary of State Henry Stimson told the Japanese ambassador that the bombing of a crowded city was an outrage.", ["person:henry-stimson CONDEMNS JPN"], ["USA CONDEMNS JPN", "person:henry-stimson MEETS JPN"]),
]
