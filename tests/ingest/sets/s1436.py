DAY = "2022-11-18"
SENTS = [
 ("A Dutch court convicted two Russians and a Ukrainian separatist on Thursday of murdering 298 people aboard Malaysia Airlines flight MH17 in 2014.", [], []),
 ("Judges found that the plane was shot down by a Russian Buk missile fired from a field controlled by pro-Russian separatists.", [], []),
 ("Moscow called the verdict scandalous and politically motivated.", [], ["RUS CONDEMNS NLD"]),
 ("The Netherlands and Australia hold Russia responsible for the downing.", ["NLD CONDEMNS RUS", "AUS CONDEMNS RUS"], []),
 ("Most of the victims were Dutch citizens, and 38 were Australian citizens or residents.", [], []),
]
