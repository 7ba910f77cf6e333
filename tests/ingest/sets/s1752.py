DAY = "1972-02-22"
SENTS = [
 ("President Richard Nixon arrived in Beijing on Monday and was received by Chairman Mao Zedong at his residence within an hour of landing.", ["person:richard-nixon MEETS CHN", "person:richard-nixon MEETS person:mao-zedong"], ["person:richard-nixon LEADS USA", "person:mao-zedong LEADS CHN"]),
 ("Premier Zhou Enlai, who greeted Nixon at the airport, hosted a banquet for the American delegation in the Great Hall of the People.", ["person:zhou-enlai MEETS person:richard-nixon"], ["person:zhou-enlai LEADS CHN", "person:richard-nixon MEETS CHN"]),
 ("It is the first visit by an American president to the People's Republic, which Washington still does not recognise.", [], []),
 ("Moscow has watched the rapprochement warily since its troops clashed with Chinese forces along the Ussuri River in 1969.", [], ["SUN ATTACKS CHN", "CHN ATTACKS SUN"]),
 ("Taiwan's government in Taipei voiced deep concern over the talks.", [], ["TWN CONDEMNS USA"]),
]
