DAY = "2004-02-19"
SENTS = [
 ("Russia's gas monopoly Gazprom cut off supplies to Belarus on Wednesday after the two sides failed to agree on a price for this year.", [], ["RUS TRADES_WITH BLR", "RUS SANCTIONS BLR"]),
 ("President Alexander Lukashenko called the cut an act of terrorism at the highest level and accused Moscow of trying to force Belarus to sell its pipeline network.", ["person:alexander-lukashenko CONDEMNS RUS"], ["person:alexander-lukashenko LEADS BLR", "BLR CONDEMNS RUS"]),
 ("The cut also briefly halted deliveries to Poland, Lithuania and Germany, which receive Russian gas through Belarus.", [], ["RUS TRADES_WITH POL", "RUS TRADES_WITH LTU", "RUS TRADES_WITH DEU"]),
 ("The European Commission demanded an explanation from Moscow, and Poland asked Russia to guarantee that it would not happen again.", [], ["org:EC CONDEMNS RUS", "POL CONDEMNS RUS"]),
 ("Gazprom restored the flow the next evening after Belarus agreed to pay a higher price.", [], ["RUS TRADES_WITH BLR"]),
]
