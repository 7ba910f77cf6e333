DAY = "1965-12-18"
SENTS = [
 ("From midnight on Friday no oil may be shipped from Britain to Rhodesia, under an order in council that widens the measures taken against the Smith regime last month.", ["GBR SANCTIONS ZWE"], []),
 ("Prime Minister Harold Wilson told the General Assembly in New York on Thursday that the rebellion would be brought down by economic pressure, not by force.", [], ["person:harold-wilson LEADS GBR", "person:harold-wilson MEETS org:UN"]),
 ("Nine African states, Tanzania and Ghana among them, have broken off diplomatic relations with Britain for failing to crush the rebellion.", [], ["TZA CONDEMNS GBR", "GHA CONDEMNS GBR", "TZA SANCTIONS GBR", "GHA SANCTIONS GBR"]),
 ("Lusaka fears that the Copperbelt mines will close within weeks unless fuel reaches them by another route.", [], []),
 ("Royal Air Force transports have begun an oil airlift to Zambia from Dar es Salaam.", ["GBR SUPPORTS ZMB"], []),
]
