DAY = "2017-05-20"
SENTS = [
 ("Donald Trump signed an arms deal worth almost $110 billion with Saudi Arabia on Saturday, the first stop of his first foreign trip as president.", ["USA SUPPLIES_ARMS SAU"], ["person:donald-trump LEADS USA", "person:donald-trump MEETS SAU"]),
 ("King Salman greeted Trump at the airport in Riyadh, an honour he had not given Barack Obama on his last visit.", ["person:salman-bin-abdulaziz MEETS person:donald-trump", "person:donald-trump MEETS SAU"], ["person:salman-bin-abdulaziz LEADS SAU", "person:barack-obama MEETS SAU"]),
 ("The package includes tanks, warships and missile defence systems, as well as training for the Saudi military.", [], ["USA SUPPLIES_ARMS SAU"]),
 ("Saudi Arabia has led a coalition fighting Houthi rebels in Yemen since 2015, and rights groups have accused it of killing civilians with American bombs.", ["SAU ATTACKS org:HOUTHIS"], ["SAU ATTACKS YEM", "SAU DEPLOYS_TROOPS YEM", "USA SUPPLIES_ARMS SAU"]),
 ("Iran, the kingdom's main regional rival, dismissed the deal as a milking of Saudi Arabia by Washington.", [], ["IRN CONDEMNS USA", "IRN CONDEMNS SAU"]),
]
