DAY = "2016-11-15"
SENTS = [
 ("Bangladesh took delivery of two refurbished Ming-class submarines from China on Monday, the first in its navy's history, bought for about $200 million.", ["CHN SUPPLIES_ARMS BGD"], ["BGD TRADES_WITH CHN"]),
 ("The purchase has unsettled India, which surrounds Bangladesh on three sides and has long regarded the Bay of Bengal as its backyard.", [], ["IND CONDEMNS BGD", "IND CONDEMNS CHN"]),
 ("China supplies more than 70 percent of Bangladesh's weapons, including frigates, fighter jets and tanks, according to the Stockholm International Peace Research Institute.", ["CHN SUPPLIES_ARMS BGD"], []),
 ("Dhaka has also bought Yak-130 trainer jets and Mi-17 helicopters from Russia under a $1 billion loan agreed when Prime Minister Sheikh Hasina visited Moscow in 2013.", ["RUS SUPPLIES_ARMS BGD", "person:sheikh-hasina MEETS RUS"], ["RUS SUPPORTS BGD", "person:sheikh-hasina LEADS BGD", "BGD TRADES_WITH RUS"]),
]
