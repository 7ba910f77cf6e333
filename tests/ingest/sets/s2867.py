DAY = "1948-01-05"
SENTS = [
 ("Burma became an independent republic outside the British Commonwealth at 4.20 on Sunday morning, an hour chosen by astrologers.", [], []),
 ("Sir Hubert Rance, the last British governor, handed over power to President Sao Shwe Thaik and left Rangoon aboard a cruiser.", [], ["person:sao-shwe-thaik LEADS MMR"]),
 ("Britain formally recognized Burma's independence on Sunday.", ["GBR SUPPORTS MMR"], []),
 ("Prime Minister Thakin Nu promised that his people would stay on good terms with the British.", [], ["person:u-nu LEADS MMR", "MMR SUPPORTS GBR", "person:u-nu SUPPORTS GBR"]),
 ("A British military mission will stay to train the new army under a defence agreement signed in October.", [], ["GBR DEPLOYS_TROOPS MMR", "GBR ALLIED_WITH MMR", "GBR SUPPORTS MMR"]),
]
