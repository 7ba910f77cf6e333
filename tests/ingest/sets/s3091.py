DAY = "1990-08-25"
SENTS = [
 ("About 3,000 West African troops, led by a Nigerian contingent, landed in Monrovia on Friday with orders to impose a ceasefire in Liberia's civil war.", ["NGA DEPLOYS_TROOPS LBR"], ["org:ECOWAS DEPLOYS_TROOPS LBR"]),
 ("The force was sent by the Economic Community of West African States, and Ghana, Guinea, Sierra Leone and Gambia have also contributed soldiers.", [], ["org:ECOWAS DEPLOYS_TROOPS LBR", "GHA DEPLOYS_TROOPS LBR", "GIN DEPLOYS_TROOPS LBR", "SLE DEPLOYS_TROOPS LBR", "GMB DEPLOYS_TROOPS LBR"]),
 ("Charles Taylor, whose rebels hold most of the country, called the intervention an invasion and said his fighters would attack the peacekeepers.", [], ["person:charles-taylor CONDEMNS org:ECOWAS"]),
 ("Mr Taylor has been backed by Burkina Faso and Libya, which trained many of his men, and Burkina Faso's leader, Captain Blaise Compaore, refused to send troops.", ["BFA SUPPORTS person:charles-taylor", "LBY SUPPORTS person:charles-taylor", "person:blaise-compaore LEADS BFA"], []),
 ("President Samuel Doe, besieged in his mansion by a rival rebel faction, welcomed the troops.", [], ["person:samuel-doe LEADS LBR", "person:samuel-doe SUPPORTS org:ECOWAS"]),
]
