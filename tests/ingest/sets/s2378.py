DAY = "2016-12-21"
SENTS = [
 ("Sao Tome and Principe broke off diplomatic relations with Taiwan on Tuesday, a move that Taipei said came after the West African island nation asked for a huge sum of money it could not provide.", [], ["STP SANCTIONS TWN", "TWN CONDEMNS STP"]),
 ("Taiwan's foreign minister, David Lee, said his government regretted the decision and would not engage in dollar diplomacy with Beijing.", [], ["person:david-lee CONDEMNS STP"]),
 ("Beijing praised the government in Sao Tome for what it called a wise choice.", ["CHN SUPPORTS STP"], []),
 ("Since 1997 Taipei has paid for malaria eradication and electricity projects in Sao Tome.", ["TWN SUPPORTS STP"], []),
 ("Only 21 countries now maintain formal ties with Taipei.", [], []),
]
