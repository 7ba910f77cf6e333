DAY = "1948-03-17"
SENTS = [
 ("Britain, France, Belgium, the Netherlands and Luxembourg signed a fifty-year treaty of collaboration and collective self-defence in Brussels today.", [], ["GBR ALLIED_WITH FRA", "GBR ALLIED_WITH BEL", "GBR ALLIED_WITH NLD", "GBR ALLIED_WITH LUX", "FRA ALLIED_WITH BEL", "FRA ALLIED_WITH NLD", "FRA ALLIED_WITH LUX", "BEL ALLIED_WITH NLD", "BEL ALLIED_WITH LUX", "NLD ALLIED_WITH LUX"]),
 ("Under the pact each signatory will give all the military aid in its power to any of the others that is attacked in Europe.", [], []),
 ("Foreign Secretary Ernest Bevin said the treaty was open to the other free nations of Western Europe.", [], []),
 ("In Washington, President Truman told Congress that the Soviet Union had destroyed the independence of the nations of Eastern Europe.", ["person:harry-s-truman CONDEMNS SUN"], ["person:harry-s-truman LEADS USA"]),
 ("Czechoslovakia, where the Communists seized power last month, was cited by Mr. Truman as the latest victim.", [], []),
]
