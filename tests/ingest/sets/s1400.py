DAY = "2019-08-05"
SENTS = [
 ("Japan tightened controls on exports of three chemicals used to make semiconductors to South Korea in July, deepening a feud over wartime labour.", ["JPN SANCTIONS KOR"], []),
 ("Seoul called the measures economic retaliation and said it would complain to the World Trade Organization.", [], ["KOR CONDEMNS JPN"]),
 ("South Korean chipmakers such as Samsung rely on Japan for more than 90 percent of the chemicals.", [], ["KOR TRADES_WITH JPN"]),
 ("Prime Minister Shinzo Abe said South Korea had broken a promise on the issue of wartime forced labour.", ["person:shinzo-abe CONDEMNS KOR"], []),
 ("Japan also removed South Korea from its white list of trusted trading partners last week.", [], ["JPN SANCTIONS KOR", "JPN TRADES_WITH KOR"]),
]
