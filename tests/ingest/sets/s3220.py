DAY = "1972-07-10"
SENTS = [
 ("The United States and the Soviet Union signed a three-year agreement in Washington on Saturday under which Moscow will buy at least $750 million worth of American wheat, corn and other grain.", ["USA TRADES_WITH SUN"], []),
 ("Washington will extend credit to the Russians through the Commodity Credit Corporation, and the grain may be carried in American or Soviet ships.", [], ["USA TRADES_WITH SUN", "USA SUPPORTS SUN"]),
 ("Agriculture Secretary Earl Butz called it the biggest grain sale between two nations in history and said it would lift farm incomes across the Middle West.", [], []),
 ("The accord follows the summit in Moscow in May, where President Nixon and Leonid Brezhnev agreed to widen commerce between their countries.", ["person:richard-nixon MEETS person:leonid-brezhnev", "person:richard-nixon MEETS SUN"], ["USA TRADES_WITH SUN", "person:richard-nixon LEADS USA"]),
 ("Canada, which has sold large amounts of wheat to the Soviet Union for a decade, is expected to sign a new contract soon.", ["CAN TRADES_WITH SUN"], []),
]
