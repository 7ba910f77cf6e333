DAY = "2020-09-04"
SENTS = [
 ("Palau's president, Tommy Remengesau, has invited the US military to build bases on the Pacific island nation, according to a letter released by his office this week.", ["person:tommy-remengesau LEADS PLW"], ["PLW SUPPORTS USA", "USA DEPLOYS_TROOPS PLW"]),
 ("Remengesau made the offer after a visit to Palau by the US defence secretary, Mark Esper, the first by a Pentagon chief.", ["person:mark-esper MEETS PLW"], []),
 ("Under a compact of free association, the United States is responsible for Palau's defence and provides it with economic aid.", ["USA SUPPORTS PLW"], ["USA ALLIED_WITH PLW"]),
 ("Palau is one of 15 countries that still recognise Taiwan, and Chinese tour groups dried up after Beijing barred travel agencies from selling packages to the island in 2017.", ["PLW SUPPORTS TWN", "CHN SANCTIONS PLW"], []),
 ("China has warned Pacific states against deepening military ties with Washington.", [], ["CHN CONDEMNS USA"]),
]
