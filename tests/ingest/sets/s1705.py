DAY = "2017-06-13"
SENTS = [
 ("Panama established diplomatic relations with China on Monday and cut its ties with Taiwan, a blow to the government in Taipei.", [], ["PAN CONDEMNS TWN", "PAN MEETS CHN", "PAN SUPPORTS CHN"]),
 ("President Juan Carlos Varela said the decision reflected China's importance as the second-largest user of the Panama Canal.", [], ["CHN TRADES_WITH PAN", "person:juan-carlos-varela LEADS PAN"]),
 ("Taiwan's president, Tsai Ing-wen, accused Beijing of squeezing the island's international space.", ["person:tsai-ing-wen LEADS TWN", "person:tsai-ing-wen CONDEMNS CHN"], []),
 ("Chinese state firms have invested heavily in ports and logistics zones at both ends of the canal.", [], []),
 ("The United States, which handed the canal to Panama in 1999, said it was reviewing the decision.", [], []),
]
