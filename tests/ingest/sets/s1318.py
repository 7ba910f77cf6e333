DAY = "2025-06-18"
SENTS = [
 ("Xi Jinping signed a treaty of permanent good-neighbourliness with the leaders of the five Central Asian states in Astana on Tuesday.", ["person:xi-jinping MEETS KAZ"], []),
 ("Kazakh President Kassym-Jomart Tokayev hosted the summit.", ["person:kassym-jomart-tokayev LEADS KAZ"], ["person:kassym-jomart-tokayev MEETS person:xi-jinping"]),
 ("China is the region's largest trading partner and has financed pipelines carrying Turkmen gas to Xinjiang.", [], ["CHN TRADES_WITH TKM"]),
 ("Russia, which long regarded Central Asia as its backyard, has lost influence since invading Ukraine.", ["RUS ATTACKS UKR"], []),
 ("Turkmenistan sells most of its gas to China.", ["TKM TRADES_WITH CHN"]),
]
