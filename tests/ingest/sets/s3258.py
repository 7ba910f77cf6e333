DAY = "1995-07-22"
SENTS = [
 ("China fired two unarmed missiles into the sea about 85 miles north of Taiwan on Friday, the start of what Beijing called a week of test launches.", [], ["CHN ATTACKS TWN"]),
 ("Taiwan put its forces on alert and accused the mainland of trying to intimidate its people before the island's first presidential election.", ["TWN CONDEMNS CHN"], []),
 ("The tests follow the visit of President Lee Teng-hui to the United States last month, which China said had violated Washington's promise to keep relations with Taipei unofficial.", ["person:lee-teng-hui MEETS USA", "CHN CONDEMNS USA"], ["person:lee-teng-hui LEADS TWN"]),
 ("A spokesman in Washington told reporters the launches did nothing to help regional stability.", [], ["USA CONDEMNS CHN"]),
 ("Tokyo cut its grant aid to Beijing in May in protest at Chinese nuclear testing.", ["JPN CONDEMNS CHN"], ["JPN SANCTIONS CHN"]),
]
