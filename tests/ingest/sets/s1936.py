DAY = "2020-11-14"
SENTS = [
 ("Morocco sent troops into the Guerguerat buffer zone on Friday to reopen the only road linking Western Sahara to Mauritania, which Polisario supporters had blocked for three weeks.", [], []),
 ("The Polisario Front declared that a 29-year ceasefire with Rabat was over and said it was at war with Morocco.", ["org:POLISARIO ATTACKS MAR"], []),
 ("Algeria, the Polisario's main backer, condemned the Moroccan operation and called for an immediate halt.", ["DZA SUPPORTS org:POLISARIO", "DZA CONDEMNS MAR"], []),
 ("Saudi Arabia, the United Arab Emirates and Jordan expressed support for Morocco's right to secure the crossing.", ["SAU SUPPORTS MAR", "ARE SUPPORTS MAR", "JOR SUPPORTS MAR"], []),
 ("UN Secretary-General Antonio Guterres said he regretted that his efforts to avoid an escalation had failed.", ["person:antonio-guterres LEADS org:UN"], []),
]
