DAY = "2012-05-15"
SENTS = [
 ("Philippine exporters said on Monday that bananas worth millions of dollars were rotting at Chinese ports after China tightened quarantine checks on Philippine fruit, citing pests.", ["CHN SANCTIONS PHL"], []),
 ("Several Chinese travel agencies have suspended tours to the Philippines, citing the safety of their customers.", [], ["CHN SANCTIONS PHL"]),
 ("The measures came a month into a standoff between Chinese and Philippine vessels at Scarborough Shoal, a reef claimed by both countries.", [], []),
 ("China buys about a quarter of the Philippines' banana exports, worth about $300 million a year.", ["CHN TRADES_WITH PHL"], []),
 ("Manila has asked Washington, its treaty ally, to help it keep watch over the waters near the shoal.", ["PHL ALLIED_WITH USA"], ["USA SUPPORTS PHL"]),
]
