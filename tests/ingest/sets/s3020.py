DAY = "1950-03-27"
SENTS = [
 ("The Soviet Union and China signed agreements in Moscow today setting up joint companies to extract oil and non-ferrous metals in Sinkiang.", ["SUN TRADES_WITH CHN"], ["SUN MEETS CHN"]),
 ("A third company will run civil air routes between the two countries.", [], []),
 ("The agreements follow last month's treaty of alliance and a Soviet credit of $300,000,000 to Peking.", ["SUN SUPPORTS CHN"], ["SUN ALLIED_WITH CHN"]),
 ("Western diplomats see the companies as a means for Moscow to keep its grip on China's border provinces.", [], []),
 ("Washington called home its consular officials from Communist China after the seizure of its consulate property in Peking.", [], ["USA CONDEMNS CHN", "CHN CONDEMNS USA"]),
]
