DAY = "2007-06-01"
SENTS = [
 ("Costa Rica established diplomatic relations with China on Thursday and cut its ties with Taiwan, which had been its ally for more than 60 years.", [], ["CRI SUPPORTS CHN", "CRI CONDEMNS TWN", "CRI ALLIED_WITH TWN"]),
 ("President Oscar Arias said the decision was an act of elemental realism.", [], ["person:oscar-arias LEADS CRI"]),
 ("Taiwan accused Beijing of using its economic power to lure away its allies and recalled its ambassador from San Jose.", ["TWN CONDEMNS CHN"], []),
 ("China is Costa Rica's second-largest trading partner after the United States.", ["CHN TRADES_WITH CRI"], ["USA TRADES_WITH CRI"]),
 ("Taiwan is now recognised by 24 countries, most of them small states in Central America, the Caribbean and the Pacific.", [], []),
]
