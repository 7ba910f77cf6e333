DAY = "1996-03-13"
SENTS = [
 ("President Bill Clinton signed the Helms-Burton Act into law on Tuesday, tightening the 34-year-old American embargo on Cuba after Cuban fighter jets shot down two civilian planes flown by Miami exile pilots.", ["USA SANCTIONS CUB"], ["person:bill-clinton LEADS USA", "person:bill-clinton SANCTIONS CUB", "CUB ATTACKS USA"]),
 ("The law allows American citizens to sue foreign companies that invest in property confiscated by Fidel Castro's government.", [], ["person:fidel-castro LEADS CUB"]),
 ("Canada and Mexico, Cuba's biggest trading partners in the Americas, protested that the law violates the North American Free Trade Agreement.", ["CAN TRADES_WITH CUB", "MEX TRADES_WITH CUB"], ["CAN CONDEMNS USA", "MEX CONDEMNS USA"]),
 ("The European Union said it would challenge the act at the World Trade Organization and threatened retaliatory measures against Washington.", [], ["org:EU CONDEMNS USA", "org:EU SANCTIONS USA"]),
 ("Cuban Foreign Minister Roberto Robaina denounced the law as an attempt to starve the Cuban people into submission.", [], ["CUB CONDEMNS USA"]),
]
