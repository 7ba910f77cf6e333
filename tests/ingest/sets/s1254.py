DAY = "2025-04-30"
SENTS = [
 ("Japanese Prime Minister Shigeru Ishiba met Ferdinand Marcos Jr. in Manila on Tuesday and agreed to start talks on sharing military intelligence.", ["person:shigeru-ishiba MEETS person:ferdinand-marcos-jr", "person:shigeru-ishiba MEETS PHL", "person:shigeru-ishiba LEADS JPN"], []),
 ("Tokyo will also supply Manila with more coastal surveillance radars under its official security assistance programme.", [], ["JPN SUPPLIES_ARMS PHL"]),
 ("Both governments have accused China of dangerous manoeuvres against their ships in the East and South China Seas.", ["JPN CONDEMNS CHN", "PHL CONDEMNS CHN"], []),
 ("Ishiba then flew to Hanoi, where he met Vietnamese Prime Minister Pham Minh Chinh.", ["person:shigeru-ishiba MEETS VNM", "person:shigeru-ishiba MEETS person:pham-minh-chinh", "person:pham-minh-chinh LEADS VNM"]),
 ("Japan is one of the largest foreign investors in both countries.", [], ["JPN TRADES_WITH VNM", "JPN TRADES_WITH PHL"]),
]
