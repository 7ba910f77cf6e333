DAY = "1941-05-03"
SENTS = [
 ("Iraqi troops who surrounded the Royal Air Force base at Habbaniya opened fire with artillery on Friday, and British aircraft from the base bombed the Iraqi positions.", ["IRQ ATTACKS GBR", "GBR ATTACKS IRQ"], ["GBR DEPLOYS_TROOPS IRQ"]),
 ("Rashid Ali al-Gailani, who seized power in Baghdad last month, accused the British of landing troops at Basra in breach of the treaty of 1930.", ["person:rashid-ali-al-gailani CONDEMNS GBR"], ["person:rashid-ali-al-gailani LEADS IRQ", "GBR DEPLOYS_TROOPS IRQ"]),
 ("London says it is entitled under that treaty to move forces through Iraq.", [], ["GBR DEPLOYS_TROOPS IRQ"]),
 ("Rashid Ali has asked Berlin for aircraft and arms, and German planes are expected to reach Mosul through Vichy-held Syria.", [], ["DEU SUPPLIES_ARMS IRQ", "DEU DEPLOYS_TROOPS IRQ", "FRA SUPPORTS DEU"]),
 ("Ankara has proposed its good offices to settle the quarrel between London and Baghdad.", [], []),
]
