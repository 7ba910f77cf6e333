DAY = "2008-01-14"
SENTS = [
 ("Malawi established diplomatic relations with China on Monday after breaking off ties with Taiwan, leaving the island with 23 diplomatic allies.", [], ["MWI SUPPORTS CHN", "MWI SANCTIONS TWN"]),
 ("Taiwan's foreign minister, James Huang, accused Beijing of luring Malawi away with promises of $6 billion in aid.", ["person:james-huang CONDEMNS CHN"], ["TWN CONDEMNS CHN", "CHN SUPPORTS MWI"]),
 ("Malawi's president, Bingu wa Mutharika, said his country could no longer ignore China, the world's fastest-growing major economy.", ["person:bingu-wa-mutharika LEADS MWI"], []),
 ("Taiwan had given Malawi tens of millions of dollars in aid over four decades, including funds for a new parliament building and hospitals.", ["TWN SUPPORTS MWI"], []),
 ("China is already Africa's third-largest trading partner, and Chinese firms are building roads and stadiums across the continent.", [], []),
]
