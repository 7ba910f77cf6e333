DAY = "2011-06-10"
SENTS = [
 ("Vietnam accused China on Thursday of deliberately cutting the exploration cables of a second survey ship working for its state oil company in the South China Sea.", ["VNM CONDEMNS CHN"], ["CHN ATTACKS VNM"]),
 ("China's foreign ministry said Vietnamese vessels had chased Chinese fishing boats away from waters near the Spratly Islands and that Hanoi was harming China's sovereignty.", ["CHN CONDEMNS VNM"], ["VNM ATTACKS CHN"]),
 ("Vietnam's foreign ministry summoned a Chinese embassy official and handed him a protest note.", ["VNM CONDEMNS CHN"], []),
 ("Hundreds of Vietnamese protesters marched past the Chinese embassy in Hanoi for a second weekend.", [], []),
 ("The Philippines, which has also complained about Chinese ships near the islands, said it would raise the dispute at a regional security forum in July.", ["PHL CONDEMNS CHN"], []),
]
