DAY = "1987-06-12"
SENTS = [
 ("Standing before the Brandenburg Gate in West Berlin, President Reagan challenged Mikhail S. Gorbachev on Friday to tear down the wall that divides the city.", [], ["person:ronald-reagan LEADS USA", "person:mikhail-gorbachev LEADS SUN", "person:ronald-reagan CONDEMNS person:mikhail-gorbachev"]),
 ("East German police kept crowds on the other side of the wall back from the border, and loudspeakers had been set up to carry the speech to the East.", [], []),
 ("Chancellor Helmut Kohl and Mayor Eberhard Diepgen stood beside the President on a platform shielded by bulletproof glass.", [], ["person:helmut-kohl MEETS person:ronald-reagan"]),
 ("In Moscow, Tass called the speech openly provocative and said it revived the spirit of the cold war.", [], ["SUN CONDEMNS person:ronald-reagan", "SUN CONDEMNS USA"]),
]
