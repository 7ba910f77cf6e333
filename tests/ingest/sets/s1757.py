DAY = "1970-12-07"
SENTS = [
 ("West German Chancellor Willy Brandt and Polish Prime Minister Jozef Cyrankiewicz signed a treaty in Warsaw on Monday recognising the Oder-Neisse line as Poland's western border.", ["person:willy-brandt LEADS DEU", "person:jozef-cyrankiewicz LEADS POL", "person:willy-brandt MEETS person:jozef-cyrankiewicz"], ["person:willy-brandt MEETS POL", "DEU ALLIED_WITH POL"]),
 ("Before the signing, Brandt knelt in silence at the memorial to the Warsaw Ghetto uprising.", [], []),
 ("Bonn signed a similar treaty with Moscow in August, renouncing the use of force.", [], ["DEU ALLIED_WITH SUN"]),
 ("Opposition Christian Democrats in West Germany accused Brandt of giving away German land.", [], []),
 ("The United States and Britain welcomed the treaty as a step toward easing tension in Europe.", [], ["USA SUPPORTS DEU", "GBR SUPPORTS DEU"]),
]
