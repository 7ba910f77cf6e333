DAY = "2022-10-20"
SENTS = [
 ("Poland signed a contract on Wednesday for 288 Chunmoo multiple rocket launchers made by South Korea's Hanwha, its third large arms deal with Seoul this year.", ["KOR SUPPLIES_ARMS POL"], []),
 ("Warsaw has already ordered K2 tanks and K9 howitzers from Korean makers after handing much of its Soviet-era armour to Ukraine.", ["KOR SUPPLIES_ARMS POL", "POL SUPPLIES_ARMS UKR"], []),
 ("The first ten tanks were unloaded at the port of Gdynia in December.", [], []),
 ("Mariusz Blaszczak, the defence minister, said Poland meant to field the strongest land army in Europe.", [], []),
]
