DAY = "1970-11-24"
SENTS = [
 ("Guinea said on Monday that a force of Portuguese troops and Guinean exiles had come ashore at Conakry from ships on Sunday and attacked the presidential palace and army camps before being driven off.", ["PRT ATTACKS GIN"], ["GIN CONDEMNS PRT", "PRT DEPLOYS_TROOPS GIN"]),
 ("President Ahmed Sekou Toure asked the world body for urgent help, while Nigeria and Egypt offered him soldiers.", [], ["person:ahmed-sekou-toure LEADS GIN", "NGA DEPLOYS_TROOPS GIN", "EGY DEPLOYS_TROOPS GIN", "NGA SUPPORTS GIN", "EGY SUPPORTS GIN"]),
 ("Portugal denied any part in the raid, but the Security Council voted on Tuesday to send a mission of inquiry to Conakry.", [], ["org:UNSC MEETS GIN"]),
 ("The Soviet Union sent warships to Guinea to guard its coast, a move Lisbon called a provocation.", ["SUN DEPLOYS_TROOPS GIN", "PRT CONDEMNS SUN"], ["SUN SUPPORTS GIN"]),
]
