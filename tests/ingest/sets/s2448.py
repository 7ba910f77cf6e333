DAY = "2009-11-09"
SENTS = [
 ("Venezuelan President Hugo Chavez told his armed forces on Sunday to prepare for war with Colombia, saying a deal giving American troops access to seven Colombian military bases threatened his country.", ["person:hugo-chavez LEADS VEN", "COL ALLIED_WITH USA"], ["person:hugo-chavez CONDEMNS COL", "person:hugo-chavez CONDEMNS USA", "USA DEPLOYS_TROOPS COL"]),
 ("Colombia said it would complain to the UN Security Council and the Organization of American States about the threats.", [], ["COL CONDEMNS VEN"]),
 ("Chavez had already frozen trade with Colombia in July and ordered 15,000 troops to the border.", ["VEN SANCTIONS COL"], ["person:hugo-chavez SANCTIONS COL"]),
 ("President Alvaro Uribe said Colombia would not respond to provocations and thanked Brazil's Luiz Inacio Lula da Silva for offering to mediate.", [], ["person:alvaro-uribe LEADS COL", "person:luiz-inacio-lula-da-silva LEADS BRA", "person:alvaro-uribe SUPPORTS person:luiz-inacio-lula-da-silva", "person:luiz-inacio-lula-da-silva SUPPORTS person:alvaro-uribe"]),
 ("The United States said the agreement was aimed only at fighting drug trafficking and posed no threat to Colombia's neighbours.", [], []),
]
