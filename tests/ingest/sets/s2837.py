DAY = "1955-01-29"
SENTS = [
 ("Congress gave President Eisenhower authority on Friday to use American forces to defend Formosa and the Pescadores against a Communist attack.", [], ["person:dwight-eisenhower LEADS USA", "USA SUPPORTS TWN"]),
 ("Chinese Communist forces seized the island of Yikiangshan last week, and their guns have been shelling the Tachen Islands.", [], ["CHN ATTACKS TWN"]),
 ("The Seventh Fleet will help the Nationalists evacuate the Tachens if Chiang Kai-shek decides to pull out.", [], []),
 ("Chou En-lai denounced the resolution as a war message and said Formosa would be liberated.", [], ["person:zhou-enlai CONDEMNS USA"]),
 ("Britain, which recognised Peking in 1950, urged a ceasefire in the Formosa Strait through the United Nations.", ["GBR SUPPORTS CHN"], []),
]
