DAY = "1971-10-26"
SENTS = [
 ("The UN General Assembly voted on Monday night to seat the People's Republic of China and expel Taiwan, in a defeat for the United States.", [], ["CHN MEMBER_OF org:UN", "TWN MEMBER_OF org:UN", "org:UNGA SANCTIONS TWN"]),
 ("The resolution, sponsored by Albania and Algeria, passed by 76 votes to 35 with 17 abstentions.", [], ["ALB SUPPORTS CHN", "DZA SUPPORTS CHN"]),
 ("Taiwan's delegation walked out before the vote, and Foreign Minister Chow Shu-kai said his government would never recognise the decision.", [], ["TWN CONDEMNS org:UNGA"]),
 ("Britain and France voted for Beijing's admission, while Japan and Australia sided with Washington.", ["GBR SUPPORTS CHN", "FRA SUPPORTS CHN", "JPN SUPPORTS USA", "AUS SUPPORTS USA"], []),
 ("Premier Zhou Enlai said China would take its seat on the Security Council soon.", [], ["person:zhou-enlai LEADS CHN", "CHN MEMBER_OF org:UNSC"]),
]
