DAY = "2020-06-30"
SENTS = [
 ("India banned 59 Chinese mobile apps, including TikTok and WeChat, on Monday, two weeks after a deadly border clash between the two countries in the Galwan valley.", ["IND SANCTIONS CHN"], ["IND ATTACKS CHN", "CHN ATTACKS IND"]),
 ("The government said the apps were engaged in activities prejudicial to the sovereignty and integrity of India.", [], []),
 ("Beijing said it was strongly concerned and urged New Delhi to correct its mistake.", [], ["CHN CONDEMNS IND"]),
 ("Indian ports have also held up shipments from China for extra customs checks.", [], ["IND SANCTIONS CHN"]),
 ("Twenty Indian soldiers were killed in the clash, India's deadliest with China in more than four decades.", [], ["IND ATTACKS CHN", "CHN ATTACKS IND"]),
]
