DAY = "2012-09-25"
SENTS = [
 ("Japanese coast guard ships fired water cannon at about 40 Taiwanese fishing boats that sailed into waters around disputed islands in the East China Sea on Tuesday, escorted by Taiwanese patrol vessels.", [], ["JPN ATTACKS TWN"]),
 ("The Taiwanese and Japanese vessels exchanged water cannon fire for several hours before the fishing boats turned back.", [], ["TWN ATTACKS JPN", "JPN ATTACKS TWN"]),
 ("Taiwan, which calls the islands Diaoyutai, recalled its representative in Tokyo in protest at Japan's purchase of three of the islands from a private owner this month.", ["TWN CONDEMNS JPN"], ["TWN SANCTIONS JPN"]),
 ("President Ma Ying-jeou has proposed that Taiwan, China and Japan shelve the dispute and jointly develop the area's resources.", [], ["person:ma-ying-jeou LEADS TWN"]),
 ("Japan lodged a protest with Taiwan's representative office in Tokyo.", ["JPN CONDEMNS TWN"], []),
]
