DAY = "1980-04-15"
SENTS = [
 ("Master Sergeant Samuel Doe, the leader of the soldiers who killed President William R. Tolbert Jr. on Saturday, named himself head of state of Liberia on Monday.", ["person:samuel-doe LEADS LBR"], ["person:william-tolbert LEADS LBR"]),
 ("Nigeria's President, Shehu Shagari, condemned the killing and said the Liberian foreign minister would not be allowed to attend an Organization of African Unity summit in Lagos.", ["person:shehu-shagari LEADS NGA"], ["person:shehu-shagari CONDEMNS LBR", "NGA SANCTIONS LBR"]),
 ("The United States, Liberia's closest ally, said it was sending a warship to the Liberian coast to evacuate Americans if necessary.", ["USA ALLIED_WITH LBR"], ["USA DEPLOYS_TROOPS LBR"]),
 ("Ivory Coast's President Felix Houphouet-Boigny, whose godson had married Tolbert's son, called the executions barbaric.", ["person:felix-houphouet-boigny LEADS CIV"], ["person:felix-houphouet-boigny CONDEMNS LBR"]),
]
