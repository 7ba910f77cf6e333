DAY = "2019-04-03"
SENTS = [
 ("Fiji's prime minister, Frank Bainimarama, welcomed a Chinese naval ship to Suva on Tuesday, days after Australia announced a new military base in the country.", ["person:frank-bainimarama LEADS FJI"], ["AUS DEPLOYS_TROOPS FJI"]),
 ("Australia is funding the redevelopment of the Blackrock camp near Nadi as a regional training hub for police and peacekeepers.", [], ["AUS SUPPORTS FJI"]),
 ("Canberra has stepped up aid to Pacific island states as China expands its loans and investments in the region.", [], []),
 ("Papua New Guinea, the largest of the island nations, has borrowed heavily from Beijing to build roads and a new parliament annex.", ["CHN SUPPORTS PNG"], ["CHN TRADES_WITH PNG"]),
 ("New Zealand's foreign minister, Winston Peters, said Pacific nations should be wary of debt they could not repay.", [], []),
]
