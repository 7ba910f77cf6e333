DAY = "2009-07-29"
SENTS = [
 ("Hugo Chavez froze relations with Colombia on Tuesday and recalled his ambassador from Bogota after the Colombian government said Swedish-made rocket launchers sold to Venezuela's army had been found in a FARC camp.", ["SWE SUPPLIES_ARMS VEN"], ["person:hugo-chavez SANCTIONS COL", "VEN SANCTIONS COL", "VEN SUPPLIES_ARMS org:FARC", "person:hugo-chavez CONDEMNS COL"]),
 ("Chavez said the launchers had been stolen by the rebels from a Venezuelan naval post in 1995 and called the charge a lie.", [], ["person:hugo-chavez CONDEMNS COL"]),
 ("Sweden's government said it had asked Caracas for an explanation.", [], []),
 ("Chavez also threatened to replace imports from Colombia, Venezuela's second-largest trading partner, with goods from Argentina and Brazil.", ["VEN TRADES_WITH COL"], ["VEN TRADES_WITH ARG", "VEN TRADES_WITH BRA", "person:hugo-chavez SANCTIONS COL"]),
 ("He has also attacked a plan to let American forces use seven Colombian military bases, saying it threatened the whole region.", [], ["person:hugo-chavez CONDEMNS USA", "person:hugo-chavez CONDEMNS COL", "USA DEPLOYS_TROOPS COL"]),
]
