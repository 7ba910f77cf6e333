DAY = "1959-06-24"
SENTS = [
 ("The Dominican Republic accused Cuba and Venezuela on Tuesday of organising the invasion force that landed by air at Constanza and by sea on the north coast this month.", ["DOM CONDEMNS CUB", "DOM CONDEMNS VEN"], []),
 ("Generalissimo Rafael Trujillo's army and air force said they had wiped out the invaders, most of them Dominican exiles trained in Cuba.", [], ["person:rafael-trujillo LEADS DOM", "CUB SUPPORTS DOM"]),
 ("Havana denied any part in the landings and said Trujillo was trying to divert attention from his own crimes.", ["CUB CONDEMNS person:rafael-trujillo"], []),
 ("Venezuela's President, Romulo Betancourt, has called Trujillo the last of the Caribbean tyrants.", ["person:romulo-betancourt LEADS VEN", "person:romulo-betancourt CONDEMNS person:rafael-trujillo"], []),
 ("The Dominican government has asked the Organization of American States to look into the affair.", [], []),
]
