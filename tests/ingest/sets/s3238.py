DAY = "1996-02-27"
SENTS = [
 ("Cuban MiG fighters shot down two small planes flown by an exile group from Miami over the Florida Strait on Saturday, killing all four men aboard.", [], ["CUB ATTACKS USA"]),
 ("President Clinton suspended all charter flights from the United States to Cuba on Monday and restricted the travel of Cuban diplomats in the United States.", ["USA SANCTIONS CUB"], ["person:bill-clinton LEADS USA"]),
 ("He also dropped his objections to a bill that would punish foreign companies doing business in Cuba.", [], ["USA SANCTIONS CUB"]),
 ("Madeleine Albright, the American ambassador at the United Nations, called Cuba's action an act of cowardice.", ["person:madeleine-albright CONDEMNS CUB"], []),
 ("The Cuban government insisted that the Cessnas were inside its territorial waters and had ignored orders to turn back.", [], ["CUB CONDEMNS USA"]),
]
