DAY = "1964-11-24"
SENTS = [
 ("Belgian paratroopers dropped from American transport planes seized Stanleyville on Tuesday and freed hundreds of white hostages held by Congolese rebels.", [], ["BEL DEPLOYS_TROOPS COD", "USA SUPPORTS BEL", "USA DEPLOYS_TROOPS COD"]),
 ("The rebels killed dozens of hostages before the paratroopers reached them.", [], []),
 ("Prime Minister Moise Tshombe's government had approved the operation, while mercenary-led Congolese army columns converged on the city.", [], ["person:moise-tshombe LEADS COD"]),
 ("The Soviet Union condemned the operation as an act of armed intervention by Belgium and the United States.", ["SUN CONDEMNS BEL", "SUN CONDEMNS USA"], []),
 ("Several African governments, including Ghana and Guinea, protested to Brussels and Washington.", ["GHA CONDEMNS BEL", "GHA CONDEMNS USA", "GIN CONDEMNS BEL", "GIN CONDEMNS USA"], []),
]
