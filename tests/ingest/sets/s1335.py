DAY = "2025-03-18"
SENTS = [
 ("Rwanda cut diplomatic ties with Belgium on Monday and gave Belgian diplomats 48 hours to leave, accusing Brussels of siding with Congo in the war in the east.", ["RWA CONDEMNS BEL"], ["BEL SUPPORTS COD"]),
 ("Belgium responded by expelling Rwanda's diplomats and called the decision disproportionate.", [], ["BEL CONDEMNS RWA"]),
 ("Brussels had pushed for EU sanctions on Rwanda over its support for the M23 rebels.", [], ["RWA SUPPORTS org:M23"]),
 ("Belgium ruled Rwanda and Congo as colonies until 1962 and 1960.", [], []),
 ("The EU later imposed sanctions on several Rwandan military officers and an M23 leader.", ["org:EU SANCTIONS RWA"], ["org:EU SANCTIONS org:M23"]),
]
