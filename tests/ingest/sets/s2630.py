DAY = "1996-05-16"
SENTS = [
 ("The United States on Wednesday threatened to impose 100 percent tariffs on $2 billion of Chinese goods unless Beijing shuts factories that pirate American compact discs and software.", [], ["USA SANCTIONS CHN", "USA TRADES_WITH CHN"]),
 ("China answered within hours with a list of American goods it would hit with retaliatory duties, and broke off talks on buying American cars.", [], ["CHN SANCTIONS USA", "CHN TRADES_WITH USA"]),
 ("Beijing accused Washington of bullying and of trying to block China's economic rise.", ["CHN CONDEMNS USA"], []),
 ("China sold the United States $34 billion more than it bought from it last year, a deficit second only to that with Japan.", ["CHN TRADES_WITH USA"], ["JPN TRADES_WITH USA"]),
 ("The dispute comes as President Clinton weighs whether to renew China's most-favored-nation trade status.", [], ["USA TRADES_WITH CHN", "person:bill-clinton LEADS USA"]),
]
