DAY = "1972-09-29"
SENTS = [
 ("Prime Minister Kakuei Tanaka of Japan and Premier Chou En-lai of China signed a joint statement in Peking on Friday establishing diplomatic relations between the two countries.", ["person:kakuei-tanaka LEADS JPN", "person:zhou-enlai LEADS CHN", "person:kakuei-tanaka MEETS person:zhou-enlai", "person:kakuei-tanaka MEETS CHN"], ["CHN MEETS JPN", "CHN SUPPORTS JPN", "JPN SUPPORTS CHN"]),
 ("Under the agreement, Japan recognised the People's Republic as the sole legal government of China and said it fully understood Peking's position that Taiwan was part of its territory.", ["JPN SUPPORTS CHN"], []),
 ("Tokyo will break off relations with the Nationalist government on Taiwan, a move that Taipei denounced as a betrayal.", ["TWN CONDEMNS JPN"], ["JPN SANCTIONS TWN"]),
 ("China, for its part, gave up its demand for war reparations from Japan.", [], []),
 ("Mr. Tanaka, who arrived on Monday, also held talks with Chairman Mao Tse-tung.", ["person:kakuei-tanaka MEETS person:mao-zedong"], ["person:mao-zedong LEADS CHN"]),
 ("The United States, Japan's principal ally, was informed in advance; President Nixon himself had visited Peking in February.", ["JPN ALLIED_WITH USA", "person:richard-nixon MEETS CHN"], ["person:richard-nixon LEADS USA"]),
]
