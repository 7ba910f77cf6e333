DAY = "1989-12-16"
SENTS = [
 ("French paratroopers landed in the Comoros on Friday after the mercenary Bob Denard, whose guards are suspected of killing President Ahmed Abdallah last month, agreed to leave the islands.", ["FRA DEPLOYS_TROOPS COM"], ["person:ahmed-abdallah LEADS COM"]),
 ("Denard and about 20 other European mercenaries flew to South Africa, which had paid for the presidential guard he commanded for a decade.", [], ["ZAF SUPPORTS COM"]),
 ("South Africa cut off its aid to the guard after the assassination and joined France in pressing Denard to go.", [], ["ZAF SANCTIONS COM"]),
 ("President Francois Mitterrand had ordered warships to the region and said France would not let mercenaries rule a former French territory.", [], ["person:francois-mitterrand LEADS FRA", "FRA DEPLOYS_TROOPS COM"]),
 ("The acting president, Said Mohamed Djohar, asked France to keep its soldiers in the islands until elections were held.", [], ["person:said-mohamed-djohar LEADS COM", "FRA DEPLOYS_TROOPS COM"]),
]
