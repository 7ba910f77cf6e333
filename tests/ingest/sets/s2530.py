DAY = "2010-01-31"
SENTS = [
 ("China suspended military exchanges with the United States on Saturday and said it would impose sanctions on American firms that sell weapons to Taiwan, a day after Washington approved a $6.4 billion arms package for the island.", ["CHN SANCTIONS USA", "USA SUPPLIES_ARMS TWN"], []),
 ("The package includes Black Hawk helicopters, Patriot missiles and two minesweepers, but not the F-16 fighter jets Taipei has sought.", [], ["USA SUPPLIES_ARMS TWN"]),
 ("Beijing also lodged a protest with the American embassy and warned that cooperation on major international issues would suffer.", ["CHN CONDEMNS USA"], []),
 ("Taiwan's President Ma Ying-jeou thanked Washington and said the weapons would give Taipei more confidence in its dealings with Beijing.", ["person:ma-ying-jeou LEADS TWN"], ["person:ma-ying-jeou SUPPORTS USA", "TWN SUPPORTS USA"]),
 ("Under a 1979 law, the United States is obliged to provide the island with the means to defend itself.", [], ["USA SUPPLIES_ARMS TWN", "USA ALLIED_WITH TWN"]),
]
