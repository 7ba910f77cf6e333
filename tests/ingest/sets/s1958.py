DAY = "2025-03-05"
SENTS = [
 ("Canada imposed 25 percent retaliatory tariffs on C$30 billion of American goods on Tuesday, hours after Washington's tariffs on Canadian and Mexican imports took effect.", [], ["CAN SANCTIONS USA", "USA SANCTIONS CAN", "USA SANCTIONS MEX"]),
 ("Justin Trudeau accused Donald Trump of trying to collapse the Canadian economy to make annexation easier.", ["person:justin-trudeau CONDEMNS person:donald-trump"], []),
 ("China retaliated with tariffs of up to 15 percent on American farm products and added 15 US companies to its export control list.", ["CHN SANCTIONS USA"], []),
 ("Mexican President Claudia Sheinbaum said she would announce her own countermeasures on Sunday.", ["person:claudia-sheinbaum LEADS MEX"], ["MEX SANCTIONS USA"]),
 ("Canada and Mexico are the two largest trading partners of the United States.", ["CAN TRADES_WITH USA", "MEX TRADES_WITH USA"], []),
]
