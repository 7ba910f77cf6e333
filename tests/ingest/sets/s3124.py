DAY = "1992-02-05"
SENTS = [
 ("Rebel paratroopers led by Lieutenant-Colonel Hugo Chavez tried to overthrow President Carlos Andres Perez of Venezuela on Tuesday, attacking the presidential palace in Caracas before loyal troops crushed the revolt.", ["person:carlos-andres-perez LEADS VEN"], []),
 ("President George Bush telephoned Mr Perez to express his support for Venezuelan democracy, and the Organization of American States condemned the attempt.", ["person:george-h-w-bush SUPPORTS person:carlos-andres-perez", "person:george-h-w-bush MEETS person:carlos-andres-perez"], ["person:george-h-w-bush LEADS USA", "org:OAS SUPPORTS VEN", "person:george-h-w-bush SUPPORTS VEN"]),
 ("Colombia and Brazil, which share long borders with Venezuela, also condemned the coup and offered Caracas their backing.", ["COL SUPPORTS VEN", "BRA SUPPORTS VEN"], []),
 ("Mr Perez, whose austerity programme has provoked riots, said the country's oil wealth would not be handed to adventurers.", [], []),
 ("Venezuelan crude makes up roughly ten per cent of American oil imports.", ["VEN TRADES_WITH USA"], []),
]
