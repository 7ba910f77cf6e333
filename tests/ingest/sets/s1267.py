DAY = "2025-12-05"
SENTS = [
 ("Vladimir Putin arrived in New Delhi on Thursday for his first visit to India since the start of the war in Ukraine and was greeted on the tarmac by Narendra Modi.", ["person:vladimir-putin MEETS IND", "person:vladimir-putin MEETS person:narendra-modi"], []),
 ("The two leaders discussed further deliveries of the S-400 air defence system and the payment problems created by Western sanctions.", ["person:vladimir-putin MEETS person:narendra-modi"], ["RUS SUPPLIES_ARMS IND", "bloc:WEST SANCTIONS RUS"]),
 ("India has become the largest buyer of Russian seaborne oil since 2022, which Washington punished with an extra 25 percent tariff.", ["IND TRADES_WITH RUS"], ["USA SANCTIONS IND"]),
 ("Russia remains India's largest supplier of weapons, although its share has fallen as New Delhi buys more from France, Israel and the United States.", ["RUS SUPPLIES_ARMS IND", "FRA SUPPLIES_ARMS IND", "ISR SUPPLIES_ARMS IND", "USA SUPPLIES_ARMS IND"], []),
 ("Modi has avoided condemning the invasion and has called for dialogue.", [], []),
]
