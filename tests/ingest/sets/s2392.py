DAY = "2006-08-07"
SENTS = [
 ("Chad restored diplomatic relations with China on Sunday and broke off ties with Taiwan, which had given it millions of dollars in aid.", ["TWN SUPPORTS TCD"], ["TCD SUPPORTS CHN", "TCD SANCTIONS TWN"]),
 ("The foreign ministers of the two countries signed a communique in Beijing.", [], []),
 ("President Idriss Deby had accused Taiwan of backing rebels who attacked N'Djamena in April, a charge Taipei denied.", ["person:idriss-deby CONDEMNS TWN"], ["person:idriss-deby LEADS TCD"]),
 ("Chinese oil companies are seeking to invest in Chad's oil fields, which are operated by an ExxonMobil-led consortium.", [], ["CHN TRADES_WITH TCD"]),
 ("Sudan, which Chad accuses of arming the rebels, is China's largest oil supplier in Africa.", ["TCD CONDEMNS SDN", "SDN TRADES_WITH CHN"], []),
]
