DAY = "1998-07-14"
SENTS = [
 ("The International Monetary Fund and other lenders on Monday approved a $22.6 billion package of new loans for Russia to shore up the ruble.", ["org:IMF SUPPORTS RUS"], []),
 ("Japan is contributing $1.5 billion of the total and the World Bank about $6 billion.", [], ["JPN SUPPORTS RUS", "org:WORLD_BANK SUPPORTS RUS"]),
 ("President Boris Yeltsin thanked President Bill Clinton in a telephone call for Washington's backing of the package.", ["person:boris-yeltsin MEETS person:bill-clinton"], ["person:boris-yeltsin LEADS RUS", "person:bill-clinton LEADS USA", "USA SUPPORTS RUS", "person:boris-yeltsin SUPPORTS person:bill-clinton"]),
 ("Russia, whose foreign debt is about $140 billion, has been borrowing from the fund since 1992.", [], ["org:IMF SUPPORTS RUS"]),
]
