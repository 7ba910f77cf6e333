DAY = "2024-05-03"
SENTS = [
 ("Turkey halted all trade with Israel on Thursday over the war in Gaza, cutting off exports worth about 7 billion dollars a year.", ["TUR SANCTIONS ISR"], ["TUR TRADES_WITH ISR"]),
 ("Israel's foreign minister Israel Katz accused Recep Tayyip Erdogan of behaving like a dictator.", ["person:israel-katz CONDEMNS person:recep-tayyip-erdogan"], ["ISR CONDEMNS person:recep-tayyip-erdogan"]),
 ("Ankara said the measures would stay in place until Israel allowed an uninterrupted flow of aid into Gaza.", [], ["TUR CONDEMNS ISR", "TUR SANCTIONS ISR"]),
 ("Turkey had already restricted exports of 54 products to Israel, including steel and jet fuel, in April.", ["TUR SANCTIONS ISR"], []),
 ("Israel is one of Turkey's ten largest export markets.", ["ISR TRADES_WITH TUR"], []),
]
