DAY = "1992-09-03"
SENTS = [
 ("President Bush approved the sale of 150 F-16 fighter jets to Taiwan on Wednesday, ending a decade in which Washington had held back advanced warplanes from the island.", ["USA SUPPLIES_ARMS TWN"], ["person:george-h-w-bush SUPPLIES_ARMS TWN", "person:george-h-w-bush LEADS USA"]),
 ("China protested sharply, calling the sale a breach of the 1982 communique in which the United States undertook to reduce its arms sales to Taiwan over time.", [], ["CHN CONDEMNS USA", "USA SUPPLIES_ARMS TWN"]),
 ("The announcement came at the General Dynamics plant in Fort Worth where the planes are built, two months before the presidential election.", [], []),
 ("France is negotiating to sell Mirage 2000 jets to Taipei as well, a deal Beijing has warned would damage its relations with Paris.", [], ["FRA SUPPLIES_ARMS TWN", "CHN CONDEMNS FRA"]),
]
