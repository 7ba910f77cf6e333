DAY = "2024-01-15"
SENTS = [
 ("The Pacific island nation of Nauru cut diplomatic ties with Taiwan on Monday and switched its recognition to Beijing, two days after Taiwan's presidential election.", [], ["NRU SUPPORTS CHN", "NRU CONDEMNS TWN"]),
 ("Taipei accused China of using money to lure away its diplomatic partners and of trying to punish the island for electing Lai Ching-te.", ["TWN CONDEMNS CHN"], []),
 ("Taiwan now has formal diplomatic relations with only 12 countries, among them Paraguay, Guatemala and the Vatican.", [], ["PRY SUPPORTS TWN", "GTM SUPPORTS TWN"]),
 ("China's foreign ministry welcomed Nauru's decision and said it was ready to open a new chapter with the island.", ["CHN SUPPORTS NRU"], []),
 ("The United States said it was disappointed and urged other countries not to follow Nauru's example.", [], ["USA CONDEMNS NRU"]),
]
