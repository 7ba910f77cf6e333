DAY = "1983-03-24"
SENTS = [
 ("President Reagan proposed last night a long-term program to develop defenses that could destroy Soviet missiles before they reached American soil.", [], ["person:ronald-reagan LEADS USA"]),
 ("Mr. Reagan said the United States would not abandon its allies in Europe, where 572 new American missiles are due to be deployed this year.", [], []),
 ("Yuri Andropov, the Soviet leader, accused the Administration of seeking to disarm the Soviet Union in the face of an American nuclear threat.", ["person:yuri-andropov LEADS SUN"], ["person:yuri-andropov CONDEMNS USA"]),
 ("Moscow said the plan would violate the 1972 treaty limiting anti-ballistic missile systems.", [], ["SUN CONDEMNS USA"]),
 ("Britain and West Germany gave the speech a cautious welcome.", [], ["GBR SUPPORTS USA", "DEU SUPPORTS USA"]),
]
