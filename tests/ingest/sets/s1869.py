DAY = "2019-07-01"
SENTS = [
 ("Japan tightened restrictions on Monday on exports to South Korea of three materials used to make smartphone displays and chips, escalating a row over wartime forced labour.", ["JPN SANCTIONS KOR"], []),
 ("The curbs follow South Korean court rulings ordering Japanese companies to compensate Koreans forced to work in their factories during Japan's colonial rule.", [], []),
 ("Seoul called the move a retaliatory economic measure that violates international law and said it would file a complaint with the World Trade Organization.", [], ["KOR CONDEMNS JPN"]),
 ("South Korean President Moon Jae-in urged Japan to withdraw the measures.", ["person:moon-jae-in LEADS KOR"], ["person:moon-jae-in CONDEMNS JPN"]),
 ("Japan is South Korea's third-largest trading partner, and South Korean chipmakers such as Samsung rely on Japanese suppliers.", ["JPN TRADES_WITH KOR"], []),
 ("Prime Minister Shinzo Abe, who met Moon briefly at the G20 summit in Osaka last week, said trust between the two countries had been broken.", ["person:shinzo-abe MEETS person:moon-jae-in"], ["person:shinzo-abe LEADS JPN", "person:moon-jae-in MEETS JPN", "person:shinzo-abe CONDEMNS KOR"]),
]
