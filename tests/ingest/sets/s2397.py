DAY = "2008-09-12"
SENTS = [
 ("Bolivian President Evo Morales ordered the US ambassador, Philip Goldberg, to leave the country on Wednesday, accusing him of encouraging the opposition governors whose supporters have staged violent protests against the government.", ["person:evo-morales LEADS BOL", "person:evo-morales CONDEMNS USA", "person:evo-morales CONDEMNS person:philip-goldberg"], ["BOL SANCTIONS USA", "BOL CONDEMNS USA"]),
 ("Washington responded by expelling Bolivia's ambassador, Gustavo Guzman, and the State Department called the accusations baseless.", [], ["USA SANCTIONS BOL", "USA CONDEMNS BOL", "USA CONDEMNS person:evo-morales"]),
 ("A day later Hugo Chavez gave the American ambassador in Caracas 72 hours to leave in solidarity with Bolivia, and threatened to halt oil shipments to the United States if it attacked Venezuela.", ["person:hugo-chavez SUPPORTS BOL"], ["person:hugo-chavez LEADS VEN", "person:hugo-chavez CONDEMNS USA", "VEN SUPPORTS BOL", "VEN SANCTIONS USA", "person:hugo-chavez SANCTIONS USA", "VEN TRADES_WITH USA"]),
 ("The United States also put Bolivia on a list of countries that had failed to cooperate in fighting drug trafficking, and later suspended its trade preferences.", ["USA SANCTIONS BOL"], ["USA CONDEMNS BOL", "USA TRADES_WITH BOL"]),
]
