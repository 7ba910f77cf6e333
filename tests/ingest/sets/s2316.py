DAY = "1991-12-23"
SENTS = [
 ("Germany recognised Slovenia and Croatia as independent states on Monday, defying warnings from the United States and the United Nations that the move could widen the war in Yugoslavia.", ["DEU SUPPORTS SVN", "DEU SUPPORTS HRV"], []),
 ("Chancellor Helmut Kohl called the decision a great triumph for German foreign policy.", [], ["person:helmut-kohl LEADS DEU"]),
 ("The other members of the European Community agreed to follow on January 15.", [], []),
 ("The Yugoslav federal army, dominated by Serbs, has been fighting Croatian forces since Croatia declared independence in June.", ["YUG ATTACKS HRV"], []),
 ("Serbia's president, Slobodan Milosevic, denounced Bonn's decision as an attack on Yugoslavia.", ["person:slobodan-milosevic LEADS SRB", "person:slobodan-milosevic CONDEMNS DEU"], ["SRB CONDEMNS DEU"]),
 ("Austria and Italy, which border Slovenia, have also pressed for recognition.", [], ["AUT SUPPORTS SVN", "ITA SUPPORTS SVN"]),
]
