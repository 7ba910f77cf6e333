DAY = "1971-09-03"
SENTS = [
 ("The ambassadors of the United States, Britain, France and the Soviet Union signed an agreement on Berlin on Friday that guarantees unimpeded traffic between West Berlin and West Germany.", [], ["USA MEETS SUN", "GBR MEETS SUN", "FRA MEETS SUN", "USA MEETS GBR", "USA MEETS FRA", "GBR MEETS FRA"]),
 ("The Soviet Union, for the first time since the war, accepted West Berlin's ties with the Federal Republic.", [], []),
 ("East Germany, which controls the access routes, must now negotiate the details with Bonn.", [], ["DDR MEETS DEU"]),
 ("President Nixon called the agreement a significant step toward easing tensions in Europe.", [], ["person:richard-nixon LEADS USA"]),
 ("Chancellor Willy Brandt of West Germany said the agreement cleared the way for ratification of his treaties with Moscow and Warsaw.", ["person:willy-brandt LEADS DEU"], ["DEU ALLIED_WITH SUN", "DEU ALLIED_WITH POL"]),
 ("Soviet troops remain stationed in East Germany, and the Western allies still hold occupation rights in the city.", ["SUN DEPLOYS_TROOPS DDR"], []),
]
