DAY = "2018-10-05"
SENTS = [
 ("India signed a 5.4 billion dollar deal on Friday to buy Russia's S-400 air defence system during a summit between Prime Minister Narendra Modi and President Vladimir Putin in New Delhi.", ["RUS SUPPLIES_ARMS IND", "person:narendra-modi MEETS person:vladimir-putin", "person:vladimir-putin MEETS IND"], ["person:narendra-modi LEADS IND", "person:vladimir-putin LEADS RUS"]),
 ("The purchase could expose India to American sanctions under a law aimed at punishing countries that buy Russian weapons.", [], ["USA SANCTIONS IND"]),
 ("The US embassy said the law was not intended to damage the military capabilities of its allies.", [], []),
 ("Russia has been India's biggest arms supplier for decades, but New Delhi has been buying more from the United States and Israel.", ["RUS SUPPLIES_ARMS IND", "USA SUPPLIES_ARMS IND", "ISR SUPPLIES_ARMS IND"], []),
 ("The two leaders also agreed to raise bilateral trade to 30 billion dollars by 2025.", [], ["IND TRADES_WITH RUS"]),
]
