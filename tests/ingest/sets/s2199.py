DAY = "1974-07-03"
SENTS = [
 ("President Nixon and Leonid Brezhnev signed a treaty on Wednesday limiting underground nuclear tests, ending a week of summit talks in Moscow and the Crimea.", ["person:richard-nixon MEETS person:leonid-brezhnev"], ["person:richard-nixon LEADS USA", "person:richard-nixon ALLIED_WITH person:leonid-brezhnev", "person:richard-nixon MEETS RUS", "person:richard-nixon MEETS SUN"]),
 ("The two leaders also agreed to limit each side to one antiballistic missile site instead of two.", [], []),
 ("Mr. Brezhnev, the Soviet Communist Party leader, praised the President's efforts in a toast at a farewell dinner in the Kremlin.", ["person:leonid-brezhnev LEADS SUN"], ["person:leonid-brezhnev SUPPORTS person:richard-nixon"]),
 ("Secretary of State Henry Kissinger said the agreements would make further progress on limiting offensive weapons possible.", [], []),
 ("The Soviet Union agreed earlier in the week to expand its trade with the United States, including a deal for an American company to build a truck plant on the Kama River.", ["SUN TRADES_WITH USA"], []),
]
