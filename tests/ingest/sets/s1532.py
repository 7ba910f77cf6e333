DAY = "2017-09-11"
SENTS = [
 ("The UN human rights chief called Myanmar's military operation against the Rohingya a textbook example of ethnic cleansing on Monday.", [], ["org:UN CONDEMNS MMR"]),
 ("More than 300,000 Rohingya have fled to Bangladesh since Myanmar's army launched an offensive in Rakhine state last month.", [], []),
 ("Bangladesh accused Myanmar of laying landmines along the border and of violating its airspace with helicopters.", ["BGD CONDEMNS MMR"], []),
 ("China, which has invested heavily in Rakhine, said it supported Myanmar's efforts to uphold stability.", ["CHN SUPPORTS MMR"], ["CHN TRADES_WITH MMR"]),
 ("Aung San Suu Kyi, Myanmar's de facto leader, cancelled a trip to the UN General Assembly in New York.", ["person:aung-san-suu-kyi LEADS MMR"], []),
]
