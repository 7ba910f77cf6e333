DAY = "1970-10-14"
SENTS = [
 ("Ottawa established diplomatic relations with Communist China on Tuesday, cutting its ties with Chiang Kai-shek's Nationalists on Taiwan.", [], ["CAN SUPPORTS CHN", "CAN SANCTIONS TWN"]),
 ("Under the agreement signed in Stockholm, Ottawa takes note of Peking's claim to Taiwan without endorsing it.", [], []),
 ("Rome, in talks with Peking since early 1969, may soon do the same.", [], ["ITA MEETS CHN", "ITA SUPPORTS CHN"]),
 ("Canada sold China more than $120 million worth of wheat last year.", ["CAN TRADES_WITH CHN"], []),
 ("American officials voiced regret, and said Washington's mutual defence treaty with Taipei remained in force.", ["USA ALLIED_WITH TWN"], ["USA CONDEMNS CAN"]),
]
