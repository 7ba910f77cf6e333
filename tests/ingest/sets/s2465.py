DAY = "2010-08-06"
SENTS = [
 ("Russia banned exports of grain from August 15 until the end of the year after the worst drought in decades destroyed a fifth of its wheat crop, sending world prices to two-year highs.", [], []),
 ("Egypt, the world's largest wheat importer, buys more than half of its imported wheat from Russia and said it would look for supplies from France and the United States instead.", ["EGY TRADES_WITH RUS"], ["EGY TRADES_WITH FRA", "EGY TRADES_WITH USA"]),
 ("Prime Minister Vladimir Putin announced the ban at a government meeting, saying Russia could not allow domestic prices to soar.", [], ["person:vladimir-putin LEADS RUS"]),
 ("Kazakhstan and Ukraine, which both sell grain to the Middle East and North Africa, said they had no plans to follow Moscow's lead.", [], []),
 ("The United Nations Food and Agriculture Organization urged exporters not to panic and said global stocks remained ample.", [], []),
]
