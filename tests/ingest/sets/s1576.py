DAY = "2012-11-19"
SENTS = [
 ("Barack Obama became the first sitting American president to visit Myanmar on Monday, meeting President Thein Sein and opposition leader Aung San Suu Kyi in Yangon.", ["person:barack-obama MEETS MMR", "person:barack-obama MEETS person:thein-sein", "person:barack-obama MEETS person:aung-san-suu-kyi"], ["person:thein-sein LEADS MMR", "person:barack-obama LEADS USA"]),
 ("Obama praised the reforms that led Washington to ease sanctions on the country this year.", [], ["USA SANCTIONS MMR"]),
 ("China, Myanmar's biggest investor and arms supplier, has watched the rapprochement warily.", ["CHN TRADES_WITH MMR", "CHN SUPPLIES_ARMS MMR"], []),
 ("Obama later flew to Cambodia for a summit of East Asian leaders in Phnom Penh.", ["person:barack-obama MEETS KHM"], []),
 ("Thailand, a treaty ally of the United States, had hosted him the day before.", ["THA ALLIED_WITH USA", "person:barack-obama MEETS THA"], []),
]
