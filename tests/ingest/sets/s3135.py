DAY = "1982-07-17"
SENTS = [
 ("Somalia said on Thursday that Ethiopian troops backed by tanks and aircraft had crossed the border and seized the towns of Balanbale and Goldogob in central Somalia.", ["ETH ATTACKS SOM"], ["SOM CONDEMNS ETH"]),
 ("Ethiopia denied the charge, saying the fighting was between Somali rebels and the army of President Mohammed Siad Barre.", [], ["person:siad-barre LEADS SOM"]),
 ("The United States agreed on Friday to speed up deliveries of military equipment to Somalia, and two Air Force transport planes carrying small arms and ammunition landed in Mogadishu.", ["USA SUPPLIES_ARMS SOM"], []),
 ("The State Department accused the Soviet Union and Cuba of supporting the Ethiopian incursion, a charge Addis Ababa rejected as a fabrication.", ["USA CONDEMNS SUN", "USA CONDEMNS CUB"], ["SUN SUPPORTS ETH", "CUB SUPPORTS ETH"]),
 ("Italy, the former colonial power in southern Somalia, said it would send medical supplies to the wounded.", [], ["ITA SUPPORTS SOM"]),
]
