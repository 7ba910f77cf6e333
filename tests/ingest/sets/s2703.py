DAY = "1983-12-04"
SENTS = [
 ("American Navy jets struck Syrian antiaircraft positions east of Beirut on Sunday, a day after Syrian gunners fired on reconnaissance planes from the carrier John F. Kennedy.", ["USA ATTACKS SYR"], ["SYR ATTACKS USA"]),
 ("Two of the 28 planes were shot down; one airman was killed and a second, Lieut. Robert O. Goodman Jr., was taken prisoner by Syrian troops.", [], []),
 ("Damascus denounced the raid as an act of aggression and said its forces would answer any further attack.", [], ["SYR CONDEMNS USA"]),
 ("The United States has some 1,600 marines in Beirut as part of the multinational force, with French, Italian and British troops.", ["USA DEPLOYS_TROOPS LBN"], ["FRA DEPLOYS_TROOPS LBN", "ITA DEPLOYS_TROOPS LBN", "GBR DEPLOYS_TROOPS LBN"]),
]
