DAY = "1986-01-20"
SENTS = [
 ("Soviet ships evacuated about 1,000 foreigners from Aden over the weekend as tank battles raged for a second week between rival factions of South Yemen's ruling Marxist party.", [], []),
 ("The royal yacht Britannia, which was on its way to Australia for a visit by the Queen, took several hundred Britons and other foreigners off the beaches near the capital.", [], []),
 ("The fighting broke out when bodyguards of President Ali Nasser Mohammed opened fire on his rivals at a meeting of the party's politburo.", [], ["person:ali-nasser-mohammed LEADS YMD"]),
 ("Moscow, which has about 2,000 military advisers in South Yemen and uses its port and airfields, has called for an end to the bloodshed.", ["SUN DEPLOYS_TROOPS YMD"], []),
 ("Ethiopia, a close ally of Aden, was reported to have sent aircraft to support the president's forces.", ["ETH ALLIED_WITH YMD"], ["ETH SUPPORTS person:ali-nasser-mohammed"]),
]
