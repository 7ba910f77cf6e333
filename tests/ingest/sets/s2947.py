DAY = "1981-03-28"
SENTS = [
 ("Soviet, East German and Czechoslovak troops are holding manoeuvres in and around Poland that have gone on beyond their planned end.", ["SUN DEPLOYS_TROOPS POL", "DDR DEPLOYS_TROOPS POL", "CSK DEPLOYS_TROOPS POL"], []),
 ("Solidarity has called a four-hour warning strike for Friday after police beat union activists in Bydgoszcz.", [], []),
 ("President Reagan warned that a Soviet intervention in Poland would have the gravest consequences.", [], ["person:ronald-reagan LEADS USA", "USA CONDEMNS SUN"]),
 ("Moscow accused Solidarity of trying to overthrow socialism with help from the West.", [], ["SUN CONDEMNS bloc:WEST"]),
 ("Prime Minister Wojciech Jaruzelski asked the union for ninety days of calm.", [], ["person:wojciech-jaruzelski LEADS POL"]),
]
