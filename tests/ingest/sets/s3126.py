DAY = "1981-11-17"
SENTS = [
 ("Libya has begun withdrawing its troops from Chad at the request of President Goukouni Oueddei, ending a year-long intervention that had alarmed Egypt, Sudan and France.", ["LBY DEPLOYS_TROOPS TCD"], ["person:goukouni-oueddei LEADS TCD"]),
 ("The first Libyan armoured columns left N'Djamena on Saturday, and the last of about 10,000 soldiers are expected to be out by the end of the month.", [], ["LBY DEPLOYS_TROOPS TCD"]),
 ("An inter-African peacekeeping force of the Organisation of African Unity, drawn from Nigeria, Senegal and Zaire, is to replace them.", [], ["org:OAU DEPLOYS_TROOPS TCD", "NGA DEPLOYS_TROOPS TCD", "SEN DEPLOYS_TROOPS TCD", "COD DEPLOYS_TROOPS TCD"]),
 ("France, which had promised Goukouni military aid if the Libyans left, flew in the first shipments of trucks and communications equipment.", [], ["FRA SUPPORTS person:goukouni-oueddei"]),
 ("The rebel leader Hissene Habre, whose forces hold much of eastern Chad, has accused Goukouni of handing the country to Colonel Muammar Gaddafi.", ["person:hissene-habre CONDEMNS person:goukouni-oueddei"], []),
]
