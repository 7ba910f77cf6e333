DAY = "2025-04-08"
SENTS = [
 ("Algeria said on Tuesday its air defences had shot down a Malian military drone that violated its airspace near the border town of Tinzaouaten.", [], ["DZA ATTACKS MLI", "DZA CONDEMNS MLI"]),
 ("Mali, Burkina Faso and Niger recalled their ambassadors from Algiers in protest.", ["MLI CONDEMNS DZA", "BFA CONDEMNS DZA", "NER CONDEMNS DZA"], []),
 ("Bamako accused Algeria of supporting terrorist groups operating in northern Mali.", ["MLI CONDEMNS DZA"], []),
 ("Algeria closed its airspace to Malian flights in retaliation.", [], ["DZA SANCTIONS MLI", "DZA CONDEMNS MLI"]),
 ("The three Sahel juntas have grown close to Russia since expelling French forces.", [], ["RUS ALLIED_WITH MLI", "RUS ALLIED_WITH BFA", "RUS ALLIED_WITH NER", "FRA DEPLOYS_TROOPS MLI", "FRA DEPLOYS_TROOPS BFA", "FRA DEPLOYS_TROOPS NER"]),
]
