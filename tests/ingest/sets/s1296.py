DAY = "2025-08-02"
SENTS = [
 ("Poland signed its biggest-ever arms contract with South Korea on Friday, ordering 180 more K2 tanks worth about 6.5 billion dollars.", ["KOR SUPPLIES_ARMS POL"], []),
 ("Some of the tanks will be built under licence at the Bumar-Łabędy plant in Gliwice.", [], []),
 ("Warsaw has already received K9 howitzers and FA-50 light combat aircraft from Seoul.", ["KOR SUPPLIES_ARMS POL"]),
 ("Poland now spends more than 4 percent of its GDP on defence, the highest share in NATO.", [], ["POL MEMBER_OF org:NATO"]),
 ("It has also ordered Apache helicopters and HIMARS rocket launchers from the United States.", [], ["USA SUPPLIES_ARMS POL"]),
]
