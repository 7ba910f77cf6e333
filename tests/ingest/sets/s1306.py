DAY = "2025-09-01"
SENTS = [
 ("Norway picked Britain's Type 26 frigate for a 10 billion pound contract to replace its navy's ageing fleet, beating bids from France, Germany and the United States.", ["GBR SUPPLIES_ARMS NOR"], []),
 ("Prime Minister Jonas Gahr Støre said the frigates would work closely with the Royal Navy in the North Atlantic.", [], ["person:jonas-gahr-store LEADS NOR"]),
 ("Britain and Norway will jointly hunt Russian submarines under the deal.", [], ["GBR ALLIED_WITH NOR"]),
 ("Keir Starmer called it the biggest warship export deal by value in British history.", [], []),
 ("Norway has also bought P-8 maritime patrol aircraft from the United States.", ["USA SUPPLIES_ARMS NOR"]),
]
