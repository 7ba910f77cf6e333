DAY = "1986-01-08"
SENTS = [
 ("President Reagan ordered a halt to all trade with Libya on Tuesday and told the 1,500 Americans working there to leave, accusing Colonel Muammar Qaddafi of backing the gunmen who attacked the Rome and Vienna airports.", ["USA SANCTIONS LBY", "person:ronald-reagan CONDEMNS person:muammar-gaddafi"], ["person:ronald-reagan LEADS USA", "person:ronald-reagan SANCTIONS LBY", "USA CONDEMNS person:muammar-gaddafi"]),
 ("European governments were urged to do the same.", [], []),
 ("Italy and West Germany, which buy much of Libya's oil, said they would not follow suit.", ["ITA TRADES_WITH LBY", "DEU TRADES_WITH LBY"], []),
 ("Qaddafi said Libyan forces would pursue American ships into the Gulf of Sidra if the Sixth Fleet crossed what he called the line of death.", [], ["person:muammar-gaddafi CONDEMNS USA", "LBY ATTACKS USA"]),
 ("Moscow condemned the American sanctions as economic aggression.", ["SUN CONDEMNS USA"], []),
]
