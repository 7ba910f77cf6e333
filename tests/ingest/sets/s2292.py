DAY = "2008-03-04"
SENTS = [
 ("Colombian troops and warplanes attacked a FARC rebel camp inside Ecuador on Saturday, killing the group's second-in-command, Raul Reyes, and 16 other guerrillas.", ["COL ATTACKS org:FARC"], ["COL ATTACKS ECU", "COL DEPLOYS_TROOPS ECU"]),
 ("Ecuador's president, Rafael Correa, broke off diplomatic relations with Bogota and sent troops to the border, accusing Colombia of violating Ecuadorean sovereignty.", ["person:rafael-correa LEADS ECU", "person:rafael-correa CONDEMNS COL"], ["ECU CONDEMNS COL", "ECU SANCTIONS COL"]),
 ("Venezuela's president, Hugo Chavez, who is close to Mr. Correa, ordered ten battalions to the Colombian border and warned President Alvaro Uribe that a similar raid on Venezuelan soil would mean war.", ["person:hugo-chavez LEADS VEN"], ["person:alvaro-uribe LEADS COL", "person:hugo-chavez CONDEMNS person:alvaro-uribe", "person:hugo-chavez SUPPORTS person:rafael-correa", "person:hugo-chavez ALLIED_WITH person:rafael-correa"]),
 ("Colombia said documents found on a laptop at the camp showed that Chavez's government had given the FARC $300 million, a charge Caracas rejected.", ["COL CONDEMNS VEN"], ["VEN SUPPORTS org:FARC"]),
 ("The United States, Colombia's closest ally in the region, backed Bogota's right to defend itself against terrorists.", ["USA ALLIED_WITH COL", "USA SUPPORTS COL"], []),
 ("Brazil and Argentina called for a meeting of the Organization of American States, which on Wednesday passed a resolution saying the raid had violated Ecuador's sovereignty.", [], ["org:OAS CONDEMNS COL", "BRA MEMBER_OF org:OAS", "ARG MEMBER_OF org:OAS"]),
]
