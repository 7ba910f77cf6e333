DAY = "2015-11-19"
SENTS = [
 ("Russia has signed a contract to sell 24 Su-35 fighter jets to China, the first sale of the advanced aircraft to a foreign buyer, Russian media reported on Thursday.", ["RUS SUPPLIES_ARMS CHN"], []),
 ("The deal is worth about $2 billion, according to the Kommersant newspaper.", [], []),
 ("China became the first foreign buyer of Russia's S-400 air defence system last year.", ["RUS SUPPLIES_ARMS CHN"], []),
 ("Military cooperation between the two countries has grown since Western governments imposed sanctions on Moscow over Ukraine.", [], ["CHN ALLIED_WITH RUS", "bloc:WEST SANCTIONS RUS"]),
 ("India, a longtime buyer of Russian arms, has also signed up for the S-400.", ["RUS SUPPLIES_ARMS IND"], []),
]
