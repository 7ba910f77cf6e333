DAY = "1952-02-19"
SENTS = [
 ("Greece and Turkey formally joined the North Atlantic Treaty Organization on Monday, extending the alliance to the eastern Mediterranean.", ["GRC MEMBER_OF org:NATO", "TUR MEMBER_OF org:NATO"], []),
 ("A Turkish brigade has been in action in Korea since 1950, and Ankara had lobbied for membership for two years.", ["TUR DEPLOYS_TROOPS KOR"], []),
 ("Both countries have received American military aid since 1947.", ["USA SUPPORTS GRC", "USA SUPPORTS TUR"], []),
 ("The Soviet Union, which borders Turkey, called the enlargement an aggressive act aimed at the Soviet people.", [], ["SUN CONDEMNS org:NATO"]),
 ("The alliance's council meets in Lisbon this week to settle a plan for 50 divisions.", [], []),
]
