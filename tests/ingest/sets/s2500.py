DAY = "2014-07-30"
SENTS = [
 ("Chile and Peru recalled their ambassadors to Israel on Tuesday in protest at its military offensive in Gaza, joining Brazil and Ecuador, which withdrew their envoys last week.", ["CHL CONDEMNS ISR", "PER CONDEMNS ISR"], ["ISR ATTACKS PSE", "CHL SANCTIONS ISR", "PER SANCTIONS ISR", "BRA SANCTIONS ISR", "ECU SANCTIONS ISR", "BRA CONDEMNS ISR", "ECU CONDEMNS ISR"]),
 ("Israel's foreign ministry called Brazil a diplomatic dwarf and said its move showed why the country was an irrelevant diplomatic partner.", ["ISR CONDEMNS BRA"], []),
 ("Chilean President Michelle Bachelet said her government would suspend negotiations on a free trade agreement with Israel.", ["person:michelle-bachelet LEADS CHL"], ["CHL SANCTIONS ISR"]),
 ("El Salvador followed on Wednesday, withdrawing its envoy from Tel Aviv.", [], ["SLV SANCTIONS ISR", "SLV CONDEMNS ISR"]),
 ("Bolivia declared Israel a terrorist state and scrapped a visa agreement with it.", ["BOL CONDEMNS ISR", "BOL SANCTIONS ISR"], []),
]
