DAY = "1964-07-26"
SENTS = [
 ("Foreign ministers of the Organization of American States voted in Washington today to require every member government to break diplomatic relations with Cuba and to suspend all trade with it.", [], ["org:OAS SANCTIONS CUB"]),
 ("The ministers found the Castro regime guilty of aggression against Venezuela, where a cache of Cuban arms was found on a beach last November.", [], ["org:OAS CONDEMNS CUB", "CUB SUPPLIES_ARMS VEN"]),
 ("Mexico, Chile, Bolivia and Uruguay voted against, and Mexico said it would keep its embassy in Havana open.", [], []),
 ("Secretary of State Dean Rusk told the meeting that Cuban weapons in the hands of Venezuelan guerrillas were an attack on the whole hemisphere.", ["person:dean-rusk CONDEMNS CUB"], ["person:dean-rusk LEADS USA", "USA CONDEMNS CUB"]),
 ("In Havana, Premier Fidel Castro called the vote a crime and warned that Cuba would help revolutionaries elsewhere in Latin America if the blockade went on.", [], ["person:fidel-castro LEADS CUB", "person:fidel-castro CONDEMNS org:OAS"]),
]
