DAY = "2004-10-15"
SENTS = [
 ("Vladimir Putin and Hu Jintao signed an agreement in Beijing on Thursday settling the last disputed stretches of the border between Russia and China.", ["person:vladimir-putin MEETS person:hu-jintao", "person:vladimir-putin MEETS CHN"], ["RUS MEETS CHN"]),
 ("Under the deal, Russia will hand over Tarabarov Island and half of Bolshoi Ussuriysky Island near Khabarovsk.", [], []),
 ("Soviet and Chinese troops clashed along the Ussuri river in 1969.", [], ["SUN ATTACKS CHN", "CHN ATTACKS SUN"]),
 ("Putin also promised to give priority to China in building an oil pipeline from Siberia, though Japan is competing for the route.", [], ["RUS TRADES_WITH CHN", "RUS SUPPORTS CHN"]),
 ("China is the largest buyer of Russian weapons, spending about $2 billion a year.", ["RUS SUPPLIES_ARMS CHN"], []),
 ("The leaders also called for a multipolar world, a phrase both use to criticise American dominance.", [], ["RUS CONDEMNS USA", "CHN CONDEMNS USA"]),
]
