DAY = "1993-10-22"
SENTS = [
 ("Army paratroopers overthrew Melchior Ndadaye, Burundi's first elected Hutu president, on Thursday, and the military later said he had been killed.", ["person:melchior-ndadaye LEADS BDI"], []),
 ("Belgium, the former colonial power, froze its aid and condemned the coup as an attack on democracy.", [], ["BEL SANCTIONS BDI", "BEL CONDEMNS BDI"]),
 ("President Ali Hassan Mwinyi of Tanzania denounced the killing and said Tanzanian troops were ready to join an African force to protect the elected government.", ["person:ali-hassan-mwinyi LEADS TZA"], ["TZA DEPLOYS_TROOPS BDI", "TZA SUPPORTS BDI"]),
 ("The Organization of African Unity decided to send a small protection force to Burundi, and its Secretary General, Salim Ahmed Salim, flew to Bujumbura.", ["person:salim-ahmed-salim LEADS org:AU", "person:salim-ahmed-salim MEETS BDI"], ["org:AU DEPLOYS_TROOPS BDI", "org:AU MEETS BDI"]),
]
