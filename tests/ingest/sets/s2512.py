DAY = "2022-04-27"
SENTS = [
 ("Gazprom stopped delivering natural gas to Poland and Bulgaria on Wednesday after both countries refused Moscow's demand to pay in roubles.", [], ["RUS SANCTIONS POL", "RUS SANCTIONS BGR", "RUS TRADES_WITH POL", "RUS TRADES_WITH BGR"]),
 ("European Commission President Ursula von der Leyen accused Russia of using gas as an instrument of blackmail.", ["person:ursula-von-der-leyen CONDEMNS RUS", "person:ursula-von-der-leyen LEADS org:EC"], []),
 ("Bulgaria buys more than 90 percent of its gas from Russia, while Poland relies on it for about 45 percent of its consumption.", ["BGR TRADES_WITH RUS", "POL TRADES_WITH RUS"], []),
 ("Polish Prime Minister Mateusz Morawiecki said the cut-off was a direct attack on his country and that its gas storage was three-quarters full.", ["person:mateusz-morawiecki LEADS POL"], ["POL CONDEMNS RUS", "person:mateusz-morawiecki CONDEMNS RUS"]),
 ("Poland has also sent tanks to Ukraine, and Russia's foreign ministry on Tuesday warned NATO against supplying Kyiv with more weapons.", ["POL SUPPLIES_ARMS UKR", "RUS CONDEMNS org:NATO"], ["org:NATO SUPPLIES_ARMS UKR"]),
]
