DAY = "2022-10-31"
SENTS = [
 ("Congo expelled Rwanda's ambassador on Saturday, accusing Kigali of backing M23 rebels who have seized towns in the east.", ["COD CONDEMNS RWA"], ["RWA SUPPORTS org:M23"]),
 ("Rwanda denied supporting the rebels and said Kinshasa was collaborating with the FDLR, a militia founded by Hutu extremists.", [], ["RWA CONDEMNS COD"]),
 ("President Felix Tshisekedi called on young Congolese to join the army.", [], ["person:felix-tshisekedi LEADS COD"]),
 ("UN experts have reported that Rwandan troops are fighting alongside the M23 inside Congo.", ["RWA DEPLOYS_TROOPS COD", "RWA SUPPORTS org:M23"], []),
 ("The East African Community agreed to deploy a regional force, with Kenyan soldiers arriving in Goma in November.", [], ["org:EAC DEPLOYS_TROOPS COD", "KEN DEPLOYS_TROOPS COD"]),
]
