DAY = "2011-09-22"
SENTS = [
 ("The Obama administration notified Congress on Wednesday of a $5.85 billion package to upgrade Taiwan's fleet of 145 F-16 fighter jets, but declined to sell the island the newer F-16s it had requested.", ["USA SUPPLIES_ARMS TWN"], []),
 ("China's vice foreign minister summoned the American ambassador, Gary Locke, and said the sale would seriously damage relations.", ["CHN CONDEMNS USA"], []),
 ("Beijing, which regards Taiwan as a breakaway province, also postponed several military exchanges with the United States.", ["CHN SANCTIONS USA"], []),
 ("The United States is bound by the Taiwan Relations Act of 1979 to provide the island with weapons for its self-defence.", [], ["USA SUPPLIES_ARMS TWN", "TWN ALLIED_WITH USA"]),
 ("Taiwan's president, Ma Ying-jeou, welcomed the decision, though his government had hoped for the new planes.", ["person:ma-ying-jeou LEADS TWN"], ["person:ma-ying-jeou SUPPORTS USA", "TWN SUPPORTS USA"]),
 ("China has more than 1,000 missiles aimed at Taiwan, according to the Pentagon.", [], []),
]
