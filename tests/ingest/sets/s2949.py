DAY = "1945-05-08"
SENTS = [
 ("The war in Europe ended at midnight, when the unconditional surrender that General Jodl signed at Reims early on Monday took effect.", [], []),
 ("Prime Minister Churchill broadcast the news from Downing Street this afternoon, and President Truman spoke to the nation from the White House.", [], ["person:winston-churchill LEADS GBR", "person:harry-s-truman LEADS USA"]),
 ("Soviet armies were still fighting German divisions in Czechoslovakia, where the people of Prague rose against the occupiers on Saturday.", ["SUN ATTACKS DEU", "SUN DEPLOYS_TROOPS CSK"], ["CSK ATTACKS DEU", "DEU DEPLOYS_TROOPS CSK"]),
 ("British troops landed in Denmark and Norway on Tuesday to take the surrender of the German garrisons there.", ["GBR DEPLOYS_TROOPS DNK", "GBR DEPLOYS_TROOPS NOR"], []),
 ("Marshal Stalin is expected to speak to the Russian people tonight.", [], ["person:joseph-stalin LEADS SUN"]),
]
