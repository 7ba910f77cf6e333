DAY = "1996-04-26"
SENTS = [
 ("The leaders of China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan signed an agreement in Shanghai on Friday to reduce military forces along their shared borders and to inform one another of exercises.", [], ["CHN MEETS RUS", "CHN MEETS KAZ", "CHN MEETS KGZ", "CHN MEETS TJK", "KAZ MEETS RUS", "KGZ MEETS RUS", "RUS MEETS TJK", "KAZ MEETS KGZ", "KAZ MEETS TJK", "KGZ MEETS TJK"]),
 ("President Boris Yeltsin, who arrived in Shanghai on Thursday, held talks with President Jiang Zemin and said relations between Russia and China had become a strategic partnership for the 21st century.", ["person:boris-yeltsin MEETS person:jiang-zemin", "CHN ALLIED_WITH RUS"], ["person:boris-yeltsin MEETS CHN", "person:boris-yeltsin LEADS RUS", "person:jiang-zemin LEADS CHN"]),
 ("Russia, China's largest arms supplier, agreed to sell Beijing more Su-27 fighters.", ["RUS SUPPLIES_ARMS CHN"], []),
 ("The two sides also signed agreements on oil, gas and nuclear energy.", [], ["CHN TRADES_WITH RUS"]),
 ("Washington has watched the warming ties with concern, and Taiwan accused Beijing of trying to intimidate it with missile tests held in March.", ["TWN CONDEMNS CHN"], []),
 ("The Kazakh president, Nursultan Nazarbayev, praised the accord as a model for the region.", ["person:nursultan-nazarbayev LEADS KAZ"], []),
]
