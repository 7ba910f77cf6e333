DAY = "1975-07-30"
SENTS = [
 ("President Ford and Leonid I. Brezhnev talked for two hours at the American Embassy in Helsinki on Wednesday, on the eve of the signing of the European security declaration.", ["person:gerald-ford MEETS person:leonid-brezhnev"], ["person:gerald-ford LEADS USA", "person:leonid-brezhnev LEADS SUN", "USA MEETS SUN"]),
 ("Earlier Mr. Ford breakfasted with Prime Minister Harold Wilson of Britain, Chancellor Helmut Schmidt of West Germany and President Valery Giscard d'Estaing of France.", ["person:harold-wilson LEADS GBR", "person:helmut-schmidt LEADS DEU", "person:valery-giscard-d-estaing LEADS FRA", "person:gerald-ford MEETS person:harold-wilson", "person:gerald-ford MEETS person:helmut-schmidt", "person:gerald-ford MEETS person:valery-giscard-d-estaing"], ["USA MEETS GBR", "USA MEETS DEU", "USA MEETS FRA"]),
 ("Turkey's prime minister, Suleyman Demirel, told Mr. Ford that the 25 American bases in Turkey would remain shut until Congress lifted its embargo on arms to Ankara.", ["person:suleyman-demirel LEADS TUR"], ["USA SANCTIONS TUR", "USA DEPLOYS_TROOPS TUR", "person:suleyman-demirel MEETS person:gerald-ford"]),
 ("The 35-nation declaration recognises the frontiers drawn in Europe after World War II.", [], []),
]
