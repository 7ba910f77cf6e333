DAY = "1968-06-12"
SENTS = [
 ("East Germany announced on Tuesday that West Germans travelling to West Berlin across its territory would need passports and transit visas from Wednesday.", [], ["DDR SANCTIONS DEU"]),
 ("To the Bonn government, the East German step is a grave breach of the rules that have governed access since 1949.", ["DEU CONDEMNS DDR"], []),
 ("Washington, London and Paris reminded Moscow that it answers for free movement to and from the city.", [], ["USA CONDEMNS SUN", "GBR CONDEMNS SUN", "FRA CONDEMNS SUN"]),
 ("Chancellor Kiesinger said West Germany would consider cutting interzonal trade with the East.", [], ["person:kurt-georg-kiesinger LEADS DEU", "DEU TRADES_WITH DDR"]),
 ("Walter Ulbricht, the East German leader, defended the rules as protection against the revanchists in Bonn.", ["person:walter-ulbricht LEADS DDR"], ["person:walter-ulbricht CONDEMNS DEU"]),
]
