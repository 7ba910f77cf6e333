DAY = "2018-10-01"
SENTS = [
 ("Canada agreed late on Sunday to join a new trade pact with the United States and Mexico, replacing the 24-year-old North American Free Trade Agreement.", ["CAN TRADES_WITH USA", "CAN TRADES_WITH MEX"], ["MEX TRADES_WITH USA"]),
 ("The United States-Mexico-Canada Agreement gives American dairy farmers greater access to the Canadian market.", [], ["CAN TRADES_WITH USA"]),
 ("Prime Minister Justin Trudeau said it was a good day for Canada.", [], ["person:justin-trudeau LEADS CAN"]),
 ("President Donald Trump, who had threatened to impose tariffs on Canadian cars, called the deal a historic transaction.", [], ["person:donald-trump LEADS USA", "USA SANCTIONS CAN"]),
 ("The steel and aluminium tariffs that Washington imposed on Canada and Mexico in June remain in place.", [], ["USA SANCTIONS CAN", "USA SANCTIONS MEX"]),
]
