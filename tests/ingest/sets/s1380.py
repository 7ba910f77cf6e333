DAY = "2023-08-25"
SENTS = [
 ("China banned all seafood imports from Japan on Thursday after Tokyo began releasing treated radioactive water from the Fukushima nuclear plant into the Pacific.", ["CHN SANCTIONS JPN"], ["CHN TRADES_WITH JPN"]),
 ("Beijing accused Japan of treating the ocean as its private sewer.", ["CHN CONDEMNS JPN"], []),
 ("Prime Minister Fumio Kishida said the discharge was safe and had been approved by the International Atomic Energy Agency.", [], ["org:IAEA SUPPORTS JPN"]),
 ("Hong Kong and Macau also restricted Japanese seafood.", [], []),
 ("China was the largest buyer of Japanese seafood last year, followed by Hong Kong and the United States.", ["CHN TRADES_WITH JPN", "USA TRADES_WITH JPN"], []),
]
