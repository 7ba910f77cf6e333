DAY = "1986-01-02"
SENTS = [
 ("Spain and Portugal became members of the European Economic Community on Wednesday, enlarging the Community to twelve nations.", ["ESP MEMBER_OF org:EU", "PRT MEMBER_OF org:EU"], []),
 ("Spanish Prime Minister Felipe Gonzalez said membership ended decades of isolation that began under Franco.", ["person:felipe-gonzalez LEADS ESP"], []),
 ("Portugal's Prime Minister, Anibal Cavaco Silva, said his country would receive billions in Community aid to modernise its farms and roads.", ["person:anibal-cavaco-silva LEADS PRT"], ["org:EU SUPPORTS PRT"]),
 ("Spain will hold a referendum in March on whether to remain in NATO, which it joined in 1982.", ["ESP MEMBER_OF org:NATO"], []),
 ("Greece, which joined in 1981, had threatened to block the enlargement unless it received more aid for its own farmers.", [], ["GRC MEMBER_OF org:EU"]),
]
