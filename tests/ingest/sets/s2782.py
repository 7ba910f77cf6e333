DAY = "1962-09-03"
SENTS = [
 ("The Soviet Union has agreed to send weapons and technical specialists to Cuba to help it meet threats from imperialist quarters, according to a joint communique published in Moscow on Sunday.", ["SUN SUPPLIES_ARMS CUB"], ["SUN DEPLOYS_TROOPS CUB", "SUN SUPPORTS CUB"]),
 ("The communique was issued at the end of a visit by Ernesto Guevara, the Cuban industry minister, who was received by Premier Khrushchev.", [], ["CUB MEETS SUN", "person:nikita-khrushchev MEETS CUB", "person:nikita-khrushchev LEADS SUN"]),
 ("In Washington, President Kennedy said there was no evidence of Soviet combat troops or offensive missiles in Cuba, but warned that the gravest issues would arise if such weapons were installed.", [], ["person:john-f-kennedy LEADS USA"]),
 ("Tass, the Soviet press agency, accused the United States of preparing aggression against Cuba and said any attack on the island would mean war.", [], ["SUN CONDEMNS USA"]),
 ("A Soviet government statement on Tuesday condemned the American call-up of reservists as a provocation and warned Washington against attacking Cuba.", ["SUN CONDEMNS USA"], []),
]
