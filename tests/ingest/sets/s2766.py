DAY = "1975-01-15"
SENTS = [
 ("The Soviet Union has canceled its 1972 trade agreement with the United States, rejecting a law that tied trade benefits to freer emigration of Soviet Jews, Secretary of State Henry A. Kissinger announced on Tuesday.", [], ["USA TRADES_WITH SUN"]),
 ("Moscow said the Trade Act signed by President Ford this month was an unacceptable interference in its internal affairs.", [], ["SUN CONDEMNS USA", "SUN CONDEMNS person:gerald-ford"]),
 ("American exports to the Soviet Union, mostly grain, reached about $600 million last year.", ["USA TRADES_WITH SUN"], []),
 ("The law also limits American government credits to Moscow to $300 million over four years.", [], ["USA SANCTIONS SUN"]),
]
