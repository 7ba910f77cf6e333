DAY = "1994-01-01"
SENTS = [
 ("The North American Free Trade Agreement between the United States, Canada and Mexico came into force on Saturday, creating the world's largest free trade area.", ["USA TRADES_WITH CAN", "USA TRADES_WITH MEX", "CAN TRADES_WITH MEX"], []),
 ("The pact will eliminate most tariffs on goods traded among the three countries over 15 years.", [], []),
 ("Zapatista rebels seized several towns in the southern Mexican state of Chiapas on the same day, saying the agreement would destroy the livelihoods of Indian farmers.", [], []),
 ("President Bill Clinton pushed the agreement through Congress in November, despite opposition from labour unions.", [], ["person:bill-clinton LEADS USA"]),
 ("Mexico sells about 70 percent of its exports to the United States.", ["MEX TRADES_WITH USA"], []),
]
