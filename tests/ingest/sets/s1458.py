DAY = "2025-01-27"
SENTS = [
 ("Colombia agreed on Sunday to accept deportation flights from the United States after Donald Trump threatened tariffs and sanctions.", [], ["person:donald-trump CONDEMNS COL"]),
 ("President Gustavo Petro had turned back two US military planes carrying deported migrants, saying they were being treated like criminals.", [], ["person:gustavo-petro LEADS COL", "person:gustavo-petro CONDEMNS USA"]),
 ("Trump ordered 25 percent tariffs on Colombian goods and visa restrictions on Colombian officials before the White House said the dispute had been resolved.", ["USA SANCTIONS COL"], ["person:donald-trump SANCTIONS COL"]),
 ("The United States is Colombia's largest trading partner.", ["USA TRADES_WITH COL"], []),
 ("Colombia has long been Washington's closest ally in South America.", ["COL ALLIED_WITH USA"], []),
]
