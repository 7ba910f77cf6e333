DAY = "2025-04-05"
SENTS = [
 ("China said on Friday it would impose an additional 34 percent tariff on all imports from the United States, matching the duty Donald Trump announced this week.", [], ["CHN SANCTIONS USA", "USA SANCTIONS CHN"]),
 ("Beijing also added 11 American companies to its unreliable entity list and restricted exports of seven rare earth elements.", ["CHN SANCTIONS USA"], []),
 ("The commerce ministry accused Washington of bullying and said the tariffs violated international trade rules.", [], ["CHN CONDEMNS USA"]),
 ("Vietnam, which faces a 46 percent levy, asked for a delay and offered to buy more American goods, including aircraft and liquefied natural gas.", [], ["VNM TRADES_WITH USA"]),
 ("The European Union is preparing countermeasures but has said it prefers a negotiated solution with its biggest trading partner.", [], ["org:EU TRADES_WITH USA", "org:EU SANCTIONS USA"]),
]
