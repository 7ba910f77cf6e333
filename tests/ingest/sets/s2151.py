DAY = "1972-05-27"
SENTS = [
 ("President Richard Nixon and Leonid Brezhnev, the Soviet Communist Party leader, signed two treaties in the Kremlin on Friday limiting their countries' nuclear arsenals.", ["person:richard-nixon MEETS person:leonid-brezhnev", "person:leonid-brezhnev LEADS SUN", "person:richard-nixon MEETS SUN"], ["person:richard-nixon LEADS USA", "USA MEETS SUN"]),
 ("One treaty restricts each side to two sites for anti-ballistic missile defences, and an interim agreement freezes the number of offensive missile launchers for five years.", [], []),
 ("Nixon is the first American president to visit Moscow.", ["person:richard-nixon MEETS SUN"], ["person:richard-nixon LEADS USA"]),
 ("The two leaders also agreed to cooperate in space and to expand trade.", [], ["USA TRADES_WITH SUN", "person:richard-nixon MEETS person:leonid-brezhnev"]),
 ("China denounced the agreements as a fraud aimed at preserving the superpowers' nuclear monopoly.", [], ["CHN CONDEMNS USA", "CHN CONDEMNS SUN"]),
]
