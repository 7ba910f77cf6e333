DAY = "2011-03-14"
SENTS = [
 ("The United States positioned the aircraft carrier USS Ronald Reagan off Japan's northeast coast on Sunday, and its helicopters began ferrying food and water to survivors cut off by the tsunami.", ["USA SUPPORTS JPN"], ["USA DEPLOYS_TROOPS JPN"]),
 ("China said it would send a 15-member rescue team to Japan along with tents and blankets worth 30 million yuan, setting aside months of friction with Tokyo over a collision near disputed islands.", [], ["CHN SUPPORTS JPN"]),
 ("South Korea flew 102 rescue workers and two sniffer dogs to Sendai, the largest team Seoul has ever sent abroad.", [], ["KOR SUPPORTS JPN"]),
 ("Russia, which already ships about a tenth of Japan's liquefied natural gas from its Sakhalin fields, promised to raise deliveries to make up for the power lost at Fukushima.", ["RUS TRADES_WITH JPN"], []),
 ("Taiwanese President Ma Ying-jeou appeared at a telethon that raised more than $20 million for Japanese victims within hours.", ["person:ma-ying-jeou LEADS TWN"], ["TWN SUPPORTS JPN"]),
]
