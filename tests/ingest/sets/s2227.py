DAY = "1970-08-12"
SENTS = [
 ("Chancellor Willy Brandt and Premier Alexei Kosygin signed a treaty in the Kremlin on Wednesday in which West Germany and the Soviet Union renounced the use of force against each other.", ["person:alexei-kosygin MEETS person:willy-brandt"], ["person:willy-brandt LEADS DEU", "person:alexei-kosygin LEADS SUN", "person:willy-brandt MEETS SUN", "DEU ALLIED_WITH SUN", "DEU MEETS SUN"]),
 ("The treaty recognizes the existing borders in Europe, including the Oder-Neisse line between East Germany and Poland.", [], []),
 ("Leonid Brezhnev, the Soviet Communist Party leader, attended the signing and held separate talks with Brandt.", ["person:leonid-brezhnev LEADS SUN", "person:leonid-brezhnev MEETS person:willy-brandt"], []),
 ("The treaty will not be ratified until the Soviet Union agrees to improve the situation in West Berlin, Bonn officials said.", [], []),
 ("East Germany's Walter Ulbricht welcomed the agreement.", ["person:walter-ulbricht LEADS DDR"], []),
]
