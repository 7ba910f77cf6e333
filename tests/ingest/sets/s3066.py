DAY = "2008-07-18"
SENTS = [
 ("Thai and Cambodian troops faced each other near the ancient temple of Preah Vihear on Thursday, a week after the United Nations listed it as a World Heritage site at Cambodia's request.", [], []),
 ("Thailand sent several hundred more soldiers to the border and accused Cambodia of occupying land claimed by both countries.", ["THA CONDEMNS KHM"], []),
 ("Prime Minister Hun Sen of Cambodia appealed to the Association of Southeast Asian Nations to mediate, and asked Thailand to pull its troops back.", ["person:hun-sen LEADS KHM"], ["person:hun-sen MEETS org:ASEAN", "THA DEPLOYS_TROOPS KHM", "person:hun-sen CONDEMNS THA"]),
 ("Talks between their foreign ministers in Siem Reap on Monday ended without agreement.", [], ["THA MEETS KHM"]),
 ("Beijing, which has poured money into Cambodia, called on the two neighbours to keep calm.", [], ["CHN TRADES_WITH KHM", "CHN SUPPORTS KHM"]),
]
