DAY = "2003-08-05"
SENTS = [
 ("The first Nigerian peacekeepers landed in Monrovia on Monday as part of a West African force meant to end the siege of the Liberian capital.", ["NGA DEPLOYS_TROOPS LBR"], ["org:ECOWAS DEPLOYS_TROOPS LBR"]),
 ("The United States has positioned three warships carrying 2,300 Marines off the Liberian coast but has not said whether they will go ashore.", [], ["USA DEPLOYS_TROOPS LBR"]),
 ("President Charles Taylor has agreed to step down and accept an offer of asylum from Nigeria's President Olusegun Obasanjo.", ["person:olusegun-obasanjo LEADS NGA"], ["person:charles-taylor LEADS LBR", "NGA SUPPORTS person:charles-taylor"]),
 ("A UN-backed court in Sierra Leone has indicted Taylor for war crimes over his support for the rebels in that country's civil war.", [], []),
 ("Ghana and Senegal have also pledged troops to the force.", [], ["GHA DEPLOYS_TROOPS LBR", "SEN DEPLOYS_TROOPS LBR"]),
]
