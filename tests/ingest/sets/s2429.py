DAY = "2012-04-17"
SENTS = [
 ("Argentine President Cristina Fernandez de Kirchner announced on Monday that her government would seize a 51 percent stake in YPF, the country's largest oil company, from the Spanish firm Repsol.", ["person:cristina-fernandez-de-kirchner LEADS ARG"], ["ARG SANCTIONS ESP"]),
 ("Spain's foreign minister, Jose Manuel Garcia-Margallo, called the move hostile to Spain and said Madrid would respond with clear and forceful measures.", [], ["person:jose-manuel-garcia-margallo CONDEMNS ARG", "ESP CONDEMNS ARG", "ESP SANCTIONS ARG"]),
 ("Prime Minister Mariano Rajoy said the expropriation broke the climate of cordiality between the two countries.", [], ["person:mariano-rajoy LEADS ESP", "person:mariano-rajoy CONDEMNS ARG"]),
 ("The European Commission also condemned Argentina's decision, and Mexico, whose state oil company Pemex owns part of Repsol, called it a blow to investors.", ["org:EC CONDEMNS ARG"], ["MEX CONDEMNS ARG"]),
 ("Days later Spain restricted imports of Argentine biodiesel, which had sold almost a billion dollars a year to Spanish refiners.", ["ESP SANCTIONS ARG"], ["ARG TRADES_WITH ESP"]),
]
