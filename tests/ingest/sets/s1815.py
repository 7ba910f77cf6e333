DAY = "2018-03-09"
SENTS = [
 ("Eleven countries including Japan, Canada and Mexico signed a revised Trans-Pacific trade pact in Santiago on Thursday, a year after President Donald Trump withdrew the United States from the original deal.", ["JPN TRADES_WITH CAN", "JPN TRADES_WITH MEX", "CAN TRADES_WITH MEX"], ["person:donald-trump LEADS USA"]),
 ("The Comprehensive and Progressive Agreement for Trans-Pacific Partnership will cut tariffs in economies that together account for 13.5 percent of global output.", [], []),
 ("Chilean President Michelle Bachelet said the signing was a clear signal against protectionism.", ["person:michelle-bachelet LEADS CHL"], []),
 ("On the same day, Trump imposed tariffs of 25 percent on steel and 10 percent on aluminium imports, exempting only Canada and Mexico for now.", [], ["USA SANCTIONS CAN", "USA SANCTIONS MEX"]),
 ("The European Union said it would respond with measures against American products such as bourbon and motorcycles.", [], ["org:EU SANCTIONS USA"]),
]
