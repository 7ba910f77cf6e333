DAY = "2001-08-14"
SENTS = [
 ("Prime Minister Junichiro Koizumi visited the Yasukuni shrine in Tokyo on Monday, where Japan's war dead, including convicted war criminals, are honoured.", [], ["person:junichiro-koizumi LEADS JPN"]),
 ("China and South Korea angrily condemned the visit by the Japanese leader, and Seoul recalled its ambassador from Tokyo.", ["CHN CONDEMNS person:junichiro-koizumi", "KOR CONDEMNS person:junichiro-koizumi"], ["KOR CONDEMNS JPN", "CHN CONDEMNS JPN", "person:junichiro-koizumi LEADS JPN"]),
 ("Mr. Koizumi moved the visit forward by two days from the anniversary of Japan's surrender in the hope of softening the reaction.", [], []),
 ("Tokyo buys more Chinese goods than any other country, and its low-interest loans have paid for much of China's new infrastructure.", ["JPN TRADES_WITH CHN", "JPN SUPPORTS CHN"], []),
 ("Beijing has said it may call off a planned visit to Japan by a senior official.", [], []),
]
