DAY = "1965-04-27"
SENTS = [
 ("Indian and Pakistani forces fought with tanks and artillery in the Rann of Kutch today, the heaviest clash between the two countries since partition.", ["IND ATTACKS PAK", "PAK ATTACKS IND"], []),
 ("New Delhi accused Pakistan of using American-supplied Patton tanks in breach of its pledges to Washington.", ["IND CONDEMNS PAK", "USA SUPPLIES_ARMS PAK"], []),
 ("Prime Minister Lal Bahadur Shastri told Parliament that India would not be intimidated.", [], ["person:lal-bahadur-shastri LEADS IND"]),
 ("Britain offered to mediate between the two Commonwealth members.", [], ["GBR SUPPORTS IND", "GBR SUPPORTS PAK"]),
 ("Pakistan said Indian troops had intruded into territory that belonged to it by right.", ["PAK CONDEMNS IND"], ["IND DEPLOYS_TROOPS PAK", "IND ATTACKS PAK"]),
]
