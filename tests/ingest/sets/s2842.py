DAY = "1947-06-06"
SENTS = [
 ("Secretary of State George C. Marshall told a Harvard audience on Thursday that the United States would help Europe recover if the European nations agreed among themselves on what they needed.", [], []),
 ("Foreign Secretary Ernest Bevin welcomed the offer and said Britain would consult France at once.", [], ["GBR SUPPORTS USA"]),
 ("Greece and Turkey will receive $400 million in American aid under the bill that Congress passed last month.", [], ["USA SUPPORTS GRC", "USA SUPPORTS TUR"]),
 ("An American military mission is already in Athens to advise the Greek army in its fight with the guerrillas.", ["USA DEPLOYS_TROOPS GRC"], ["USA SUPPORTS GRC"]),
 ("Ferenc Nagy, who resigned as Hungary's premier while on holiday in Switzerland, accused the Russians of forcing him out.", ["person:ferenc-nagy CONDEMNS SUN"], ["person:ferenc-nagy LEADS HUN"]),
 ("The State Department suspended the unused part of a $15 million credit to Hungary in protest against the seizure of power by the Communists.", ["USA CONDEMNS HUN"], ["USA SANCTIONS HUN"]),
]
