DAY = "2014-10-07"
SENTS = [
 ("Islamic State fighters pushed into the Syrian border town of Kobani on Monday after a three-week siege, raising their black flag over buildings on its eastern edge.", ["org:ISIS ATTACKS SYR"], []),
 ("American-led coalition aircraft carried out several strikes on Islamic State positions around the town.", ["USA ATTACKS org:ISIS"], []),
 ("Turkish tanks stood on a hill across the border but did not intervene, and President Recep Tayyip Erdogan warned that Kobani was about to fall.", [], ["person:recep-tayyip-erdogan LEADS TUR"]),
 ("Kurdish protesters clashed with police in several Turkish cities, accusing Ankara of abandoning Kobani's defenders.", [], []),
 ("Turkey has refused to let Kurdish fighters from Iraq cross its territory to reinforce the town.", [], []),
 ("Britain and France have joined the air campaign against Islamic State in Iraq but not in Syria.", ["GBR ATTACKS org:ISIS", "FRA ATTACKS org:ISIS"], []),
]
