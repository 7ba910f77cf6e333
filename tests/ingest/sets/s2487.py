DAY = "2015-12-28"
SENTS = [
 ("Japan and South Korea reached an agreement on Monday to settle their dispute over Korean women forced to work in Japanese military brothels during the Second World War.", [], ["JPN MEETS KOR"]),
 ("Japan will give 1 billion yen to a fund set up by Seoul to support the 46 surviving women, and Prime Minister Shinzo Abe offered his apologies from the heart.", [], ["JPN SUPPORTS KOR", "person:shinzo-abe LEADS JPN"]),
 ("Abe telephoned President Park Geun-hye after the deal was announced, and she said the two countries should start a new relationship.", ["person:shinzo-abe MEETS person:park-geun-hye"], ["person:park-geun-hye LEADS KOR"]),
 ("The United States, an ally of both countries, welcomed the accord and praised the two leaders for their courage.", [], ["USA ALLIED_WITH JPN", "USA ALLIED_WITH KOR", "USA SUPPORTS person:shinzo-abe", "USA SUPPORTS person:park-geun-hye"]),
 ("Some of the women rejected the agreement, and a statue symbolising them still stands opposite the Japanese embassy in Seoul.", [], []),
]
