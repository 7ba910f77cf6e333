DAY = "2025-05-25"
SENTS = [
 ("Kosovo's Prime Minister Albin Kurti accused Serbia of sheltering the gunmen who attacked police in the northern village of Banjska.", ["person:albin-kurti CONDEMNS SRB"], ["person:albin-kurti LEADS XKX", "SRB SUPPORTS org:gunmen"]),
 ("Belgrade does not recognise Kosovo's independence, which was declared in 2008.", [], []),
 ("NATO's KFOR peacekeeping force, in which Italy, Turkey and the United States have contingents, reinforced its presence in the north.", [], ["org:NATO DEPLOYS_TROOPS XKX", "ITA DEPLOYS_TROOPS XKX", "TUR DEPLOYS_TROOPS XKX", "USA DEPLOYS_TROOPS XKX"]),
 ("The European Union imposed measures on Pristina in 2023 over its handling of tensions in Serb-majority areas.", ["org:EU SANCTIONS XKX"], []),
 ("Serbia buys most of its weapons from China and Russia, but has also ordered French Rafale jets.", ["CHN SUPPLIES_ARMS SRB", "RUS SUPPLIES_ARMS SRB", "FRA SUPPLIES_ARMS SRB"], []),
]
