DAY = "2025-08-07"
SENTS = [
 ("Spain has decided not to buy American F-35 fighter jets and will instead favour European aircraft such as the Eurofighter.", [], []),
 ("The decision came weeks after Donald Trump threatened Madrid with tariffs for refusing to raise defence spending to 5 percent.", [], ["USA CONDEMNS ESP"]),
 ("Switzerland, which ordered 36 F-35s in 2022, is in dispute with Washington over a price rise of up to 1.3 billion dollars.", [], ["USA SUPPLIES_ARMS CHE"]),
 ("Denmark, Belgium and Poland are among the European countries flying the jet.", [], ["USA SUPPLIES_ARMS DNK", "USA SUPPLIES_ARMS BEL", "USA SUPPLIES_ARMS POL"]),
 ("Portugal has also said it may reconsider buying the F-35.", [], []),
]
