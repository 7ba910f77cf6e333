DAY = "2012-01-23"
SENTS = [
 ("European Union foreign ministers agreed on Monday to ban imports of Iranian oil from July and to freeze the assets of Iran's central bank.", ["org:EU SANCTIONS IRN"], []),
 ("Iran, which sells about a fifth of its oil exports to Europe, threatened to close the Strait of Hormuz.", [], []),
 ("Greece, Italy and Spain, the biggest European buyers of Iranian crude, won a delay to find other suppliers.", ["GRC TRADES_WITH IRN", "ITA TRADES_WITH IRN", "ESP TRADES_WITH IRN"], []),
 ("The United States, which imposed sanctions on the central bank last month, welcomed the decision.", [], ["USA SANCTIONS IRN", "USA SUPPORTS org:EU"]),
 ("An American aircraft carrier, accompanied by British and French warships, sailed through the Strait of Hormuz on Sunday without incident.", [], []),
 ("China, the largest buyer of Iranian oil, said it opposed unilateral sanctions.", ["CHN TRADES_WITH IRN"], []),
]
