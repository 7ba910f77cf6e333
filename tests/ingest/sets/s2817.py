DAY = "1945-08-09"
SENTS = [
 ("The Soviet Union declared war on Japan on Wednesday, and Soviet armies crossed into Manchuria at dawn.", ["SUN ATTACKS JPN"], []),
 ("President Truman, who announced the Soviet move at the White House, said the atomic bomb dropped on Hiroshima on Monday was more powerful than 20,000 tons of TNT.", [], ["person:harry-s-truman LEADS USA", "USA ATTACKS JPN"]),
 ("Prime Minister Clement Attlee of Britain hailed the Soviet decision.", ["person:clement-attlee LEADS GBR"], ["person:clement-attlee SUPPORTS SUN", "GBR SUPPORTS SUN"]),
 ("China's armies have fought Japan since 1937, with American aircraft and supplies flown over the Himalayas.", ["CHN ATTACKS JPN", "USA SUPPLIES_ARMS CHN"], ["USA SUPPORTS CHN"]),
 ("Japan had asked Moscow in July to mediate an end to the war.", [], []),
]
