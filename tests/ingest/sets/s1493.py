DAY = "2017-08-01"
SENTS = [
 ("China formally opened its first overseas military base in Djibouti on Tuesday, the founding anniversary of the People's Liberation Army.", ["CHN DEPLOYS_TROOPS DJI"], []),
 ("The tiny Horn of Africa nation also hosts American, French, Italian and Japanese bases.", ["USA DEPLOYS_TROOPS DJI", "FRA DEPLOYS_TROOPS DJI", "ITA DEPLOYS_TROOPS DJI", "JPN DEPLOYS_TROOPS DJI"], []),
 ("Beijing has lent Djibouti billions of dollars for a railway to Ethiopia and a new port.", ["CHN SUPPORTS DJI"], []),
 ("India, which has watched China's growing presence in the Indian Ocean with alarm, signed a logistics pact with the United States last year giving each access to the other's bases.", ["IND ALLIED_WITH USA"], ["IND CONDEMNS CHN"]),
 ("Chinese state media said the base would support peacekeeping and humanitarian missions in Africa and western Asia.", [], []),
]
