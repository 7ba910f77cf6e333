DAY = "1980-12-13"
SENTS = [
 ("NATO foreign ministers warned the Soviet Union on Friday that an invasion of Poland would end detente and have the gravest consequences.", [], ["org:NATO CONDEMNS SUN"]),
 ("Western intelligence reports say some 30 Soviet, East German and Czechoslovak divisions are massed near Poland's borders.", [], []),
 ("Moscow charged that the West was stirring up trouble in Poland by encouraging the independent union Solidarity.", ["SUN CONDEMNS bloc:WEST"], []),
 ("Pope John Paul II wrote to Leonid Brezhnev asking him to respect the sovereignty of his homeland.", [], []),
]
