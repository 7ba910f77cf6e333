DAY = "2008-01-29"
SENTS = [
 ("The European Union approved a 3,700-strong peacekeeping force for eastern Chad and the north of the Central African Republic on Monday, to protect refugees from Sudan's Darfur region.", [], ["org:EU DEPLOYS_TROOPS TCD", "org:EU DEPLOYS_TROOPS CAF"]),
 ("France, which already keeps about 1,100 troops in Chad under a defence agreement, will provide more than half of the force.", ["FRA DEPLOYS_TROOPS TCD"], ["FRA ALLIED_WITH TCD"]),
 ("Ireland, Poland and Sweden will also send soldiers, and an Irish general will command the mission.", [], ["IRL DEPLOYS_TROOPS TCD", "POL DEPLOYS_TROOPS TCD", "SWE DEPLOYS_TROOPS TCD"]),
 ("Chad's President Idriss Deby accuses Sudan of arming the rebels who have twice tried to overthrow him.", ["person:idriss-deby LEADS TCD", "person:idriss-deby CONDEMNS SDN"], ["SDN SUPPLIES_ARMS TCD"]),
 ("Khartoum denies the charge and says Chad supports the rebels in Darfur.", [], ["SDN CONDEMNS TCD", "TCD SUPPORTS SDN"]),
]
