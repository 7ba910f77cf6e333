DAY = "1978-06-08"
SENTS = [
 ("President Carter warned the Soviet Union on Wednesday that detente could not survive its use of Cuban troops to win influence in Africa.", [], ["person:jimmy-carter CONDEMNS SUN", "person:jimmy-carter LEADS USA"]),
 ("In a speech at the Naval Academy in Annapolis, Mr. Carter accused Moscow of exporting totalitarianism and repression.", ["person:jimmy-carter CONDEMNS SUN"], []),
 ("Some 20,000 Cuban soldiers are in Angola and about 17,000 in Ethiopia, where they helped drive the Somali army out of the Ogaden in March.", ["CUB DEPLOYS_TROOPS AGO", "CUB DEPLOYS_TROOPS ETH"], ["CUB ATTACKS SOM", "SOM DEPLOYS_TROOPS ETH"]),
 ("Pravda called the speech a return to the cold war.", [], ["SUN CONDEMNS USA"]),
]
