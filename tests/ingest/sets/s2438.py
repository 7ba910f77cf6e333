DAY = "2006-02-06"
SENTS = [
 ("Iran cut all trade ties with Denmark on Monday in protest at the publication of cartoons of the Prophet Muhammad in a Danish newspaper.", ["IRN SANCTIONS DNK"], ["IRN CONDEMNS DNK"]),
 ("Syrian protesters set fire to the Danish and Norwegian embassies in Damascus on Saturday, and Denmark told its citizens to leave Syria.", [], []),
 ("Saudi Arabia had recalled its ambassador from Copenhagen last month, and Libya closed its embassy there.", [], ["SAU SANCTIONS DNK", "LBY SANCTIONS DNK", "SAU CONDEMNS DNK", "LBY CONDEMNS DNK"]),
 ("Danish Prime Minister Anders Fogh Rasmussen called the crisis the worst for Denmark since World War Two and said his government could not apologise for a free newspaper.", ["person:anders-fogh-rasmussen LEADS DNK"], []),
 ("Consumers across the Middle East have boycotted Danish goods, costing the dairy group Arla about $1.8 million a day in lost sales.", [], []),
]
