DAY = "1996-08-06"
SENTS = [
 ("President Bill Clinton signed a law on Monday that imposes sanctions on foreign companies investing more than 40 million dollars a year in the oil and gas industries of Iran and Libya.", ["USA SANCTIONS IRN", "USA SANCTIONS LBY"], ["person:bill-clinton SANCTIONS IRN", "person:bill-clinton SANCTIONS LBY", "person:bill-clinton LEADS USA"]),
 ("The European Union protested that the law violated international trade rules and threatened to retaliate against American firms.", [], ["org:EU CONDEMNS USA", "org:EU SANCTIONS USA"]),
 ("France's Total and Italy's ENI are among the European companies with large investments in Iran and Libya.", [], ["FRA TRADES_WITH IRN", "ITA TRADES_WITH LBY"]),
 ("Washington accuses Tehran of sponsoring terrorism and Libya of refusing to hand over two suspects in the bombing of a Pan Am jet over Lockerbie.", ["USA CONDEMNS IRN", "USA CONDEMNS LBY"], []),
 ("Canada, which trades heavily with Cuba, has also objected to a similar law passed in March against companies doing business in Cuba.", ["CAN TRADES_WITH CUB"], ["CAN CONDEMNS USA"]),
]
