DAY = "2025-08-07"
SENTS = [
 ("Donald Trump ordered an additional 25 percent tariff on Indian goods on Wednesday as a penalty for India's purchases of Russian oil, raising the total duty to 50 percent.", ["RUS TRADES_WITH IND"], ["USA SANCTIONS IND", "person:donald-trump SANCTIONS IND"]),
 ("India's foreign ministry called the move unfair, unjustified and unreasonable, and said it would take all actions necessary to protect its national interests.", [], ["IND CONDEMNS USA"]),
 ("India has become the second-largest buyer of Russian crude since the invasion of Ukraine, after China.", ["RUS TRADES_WITH IND", "RUS TRADES_WITH CHN"], ["RUS ATTACKS UKR"]),
 ("Prime Minister Narendra Modi is due to visit China later this month for the first time in seven years.", [], ["person:narendra-modi MEETS CHN", "person:narendra-modi LEADS IND"]),
 ("Brazil, which faces a 50 percent tariff of its own, said it would challenge the duties at the World Trade Organization.", [], ["BRA CONDEMNS USA"]),
]
