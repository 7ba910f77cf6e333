DAY = "2009-06-29"
SENTS = [
 ("Soldiers seized President Manuel Zelaya at his home in Tegucigalpa on Sunday and flew him to Costa Rica, hours before a referendum he had called on changing the constitution.", [], ["person:manuel-zelaya LEADS HND"]),
 ("Congress named its speaker, Roberto Micheletti, as interim president.", [], []),
 ("President Barack Obama said the coup was not legal and that Zelaya remained the president of Honduras.", ["person:manuel-zelaya LEADS HND"], ["person:barack-obama LEADS USA", "person:barack-obama SUPPORTS person:manuel-zelaya", "person:barack-obama CONDEMNS HND"]),
 ("Venezuela's Hugo Chavez, Zelaya's closest ally, put his troops on alert and threatened to intervene if the Venezuelan ambassador was harmed.", ["person:hugo-chavez LEADS VEN"], ["HND ALLIED_WITH VEN", "person:hugo-chavez ALLIED_WITH person:manuel-zelaya", "person:hugo-chavez SUPPORTS person:manuel-zelaya"]),
 ("The European Union and the Organization of American States condemned the coup, and no government has recognised Micheletti.", [], ["org:EU CONDEMNS HND", "org:OAS CONDEMNS HND"]),
 ("The United States, which keeps about 600 troops at the Soto Cano air base in Honduras, suspended joint military operations with the Honduran armed forces.", ["USA DEPLOYS_TROOPS HND", "USA SANCTIONS HND"], ["HND ALLIED_WITH USA"]),
]
