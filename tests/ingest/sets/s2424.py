DAY = "2007-11-12"
SENTS = [
 ("King Juan Carlos of Spain told Hugo Chavez to shut up at an Ibero-American summit in Santiago on Saturday, after the Venezuelan leader repeatedly called the former Spanish prime minister Jose Maria Aznar a fascist.", ["person:juan-carlos-i CONDEMNS person:hugo-chavez", "person:hugo-chavez CONDEMNS person:jose-maria-aznar", "person:juan-carlos-i LEADS ESP", "person:hugo-chavez LEADS VEN"], ["person:juan-carlos-i MEETS person:hugo-chavez"]),
 ("Spanish Prime Minister Jose Luis Rodriguez Zapatero defended his predecessor, saying Aznar had been elected by the Spanish people.", ["person:jose-luis-rodriguez-zapatero LEADS ESP", "person:jose-luis-rodriguez-zapatero SUPPORTS person:jose-maria-aznar"], []),
 ("Nicaragua's Daniel Ortega joined in, accusing Spanish energy companies of behaving like a mafia in his country.", ["person:daniel-ortega CONDEMNS ESP"], ["person:daniel-ortega LEADS NIC"]),
 ("Chavez later said he would review relations with Spain and Spanish investments in Venezuela.", [], ["person:hugo-chavez CONDEMNS ESP", "VEN SANCTIONS ESP", "ESP TRADES_WITH VEN"]),
]
