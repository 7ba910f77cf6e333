DAY = "2023-11-03"
SENTS = [
 ("Bolivia cut diplomatic ties with Israel on Tuesday over its offensive in Gaza, and Chile and Colombia recalled their ambassadors.", [], ["BOL CONDEMNS ISR", "CHL CONDEMNS ISR", "COL CONDEMNS ISR", "ISR ATTACKS PSE"]),
 ("Jordan recalled its ambassador from Tel Aviv in protest at the killing of civilians.", ["JOR CONDEMNS ISR"], []),
 ("Bahrain's parliament said the Israeli ambassador had left the country and that economic ties had been suspended.", [], ["BHR SANCTIONS ISR"]),
 ("Israel's foreign ministry accused Bolivia of siding with terrorism.", ["ISR CONDEMNS BOL"], []),
 ("Turkey also recalled its ambassador but said it would not cut ties completely.", [], []),
]
