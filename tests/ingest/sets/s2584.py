DAY = "1992-10-23"
SENTS = [
 ("Emperor Akihito arrived in Beijing on Friday, the first visit to China by a Japanese monarch.", ["person:akihito MEETS CHN"], ["person:akihito LEADS JPN"]),
 ("At a banquet in the Great Hall of the People, the emperor told President Yang Shangkun that Japan had inflicted great suffering on the Chinese people, for which he felt deep sorrow.", [], ["person:akihito MEETS person:yang-shangkun", "person:yang-shangkun LEADS CHN", "JPN ATTACKS CHN"]),
 ("He stopped short of the apology that many Chinese had demanded for Japan's wartime occupation.", [], ["JPN ATTACKS CHN"]),
 ("Since 1979 Tokyo has lent Beijing more money than any other government, and only Hong Kong trades more with the mainland.", ["JPN SUPPORTS CHN"], ["HKG TRADES_WITH CHN", "JPN TRADES_WITH CHN"]),
 ("Tokyo resumed its loans to Beijing in 1990, the first major country to do so after the suppression of the Tiananmen Square protests.", ["JPN SUPPORTS CHN"], []),
]
