DAY = "1969-07-16"
SENTS = [
 ("Salvadoran troops crossed into Honduras on Monday and Salvadoran aircraft bombed the Toncontin airport in Tegucigalpa, days after rioting at World Cup qualifying matches between the two countries.", ["SLV DEPLOYS_TROOPS HND", "SLV ATTACKS HND"], []),
 ("Honduran planes struck the Salvadoran port of Acajutla and oil storage tanks near the capital.", ["HND ATTACKS SLV"], []),
 ("The Organization of American States called for an immediate ceasefire and sent a peace commission to both capitals.", [], ["org:OAS MEETS SLV", "org:OAS MEETS HND"]),
 ("Honduras accused El Salvador of aggression and broke off diplomatic relations.", ["HND CONDEMNS SLV"], ["HND SANCTIONS SLV"]),
 ("El Salvador's President Fidel Sanchez Hernandez said his troops would not withdraw until Honduras guaranteed the safety of Salvadoran settlers.", ["person:fidel-sanchez-hernandez LEADS SLV"], ["SLV DEPLOYS_TROOPS HND"]),
]
