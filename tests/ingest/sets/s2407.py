DAY = "2016-04-13"
SENTS = [
 ("Nigerian President Muhammadu Buhari met Xi Jinping in Beijing on Tuesday and signed agreements under which China will lend Nigeria up to $6 billion for roads, railways and power plants.", ["person:muhammadu-buhari LEADS NGA", "person:muhammadu-buhari MEETS person:xi-jinping", "person:muhammadu-buhari MEETS CHN"], ["CHN SUPPORTS NGA", "person:xi-jinping LEADS CHN", "NGA MEETS CHN"]),
 ("The two central banks also agreed a currency swap to make it easier for Nigerian importers to pay for Chinese goods in yuan.", ["NGA TRADES_WITH CHN"], []),
 ("China is Nigeria's biggest source of imports, and Chinese firms are building a railway along the coast from Lagos to Calabar.", ["CHN TRADES_WITH NGA"], []),
]
