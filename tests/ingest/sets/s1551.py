DAY = "2013-11-27"
SENTS = [
 ("Two American B-52 bombers flew through China's newly declared air defence zone over the East China Sea on Tuesday without informing Beijing.", [], ["USA ATTACKS CHN", "USA CONDEMNS CHN"]),
 ("China had announced the zone on Saturday, demanding that all aircraft entering it identify themselves to Chinese authorities.", [], []),
 ("Japan, which administers the disputed Senkaku islands inside the zone, protested to Beijing and told its airlines to ignore the rules.", ["JPN CONDEMNS CHN"], []),
 ("Chuck Hagel, the US defence secretary, said the United States would stand by its treaty commitments to Japan.", ["USA ALLIED_WITH JPN"], ["person:chuck-hagel SUPPORTS JPN"]),
 ("South Korea also rejected the zone, which overlaps with its own, and China later accused Washington and Tokyo of double standards.", ["CHN CONDEMNS USA", "CHN CONDEMNS JPN"], ["KOR CONDEMNS CHN"]),
]
