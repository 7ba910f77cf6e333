DAY = "1953-04-21"
SENTS = [
 ("The first sick and wounded prisoners of war were exchanged at Panmunjom on Monday, as the United Nations Command handed over 500 Chinese and North Koreans and received 100 of its own men.", [], []),
 ("Among the men returned were thirty Americans and twelve Britons.", [], []),
 ("The Communist negotiators have agreed to resume the armistice talks broken off last October.", [], []),
 ("President Syngman Rhee warned that South Korea would fight on alone if an armistice left the country divided.", ["person:syngman-rhee LEADS KOR"], []),
 ("Chinese troops attacked an outpost held by American infantry west of Chorwon on Sunday.", ["CHN ATTACKS USA"], []),
]
