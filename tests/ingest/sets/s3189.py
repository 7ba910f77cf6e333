DAY = "1977-12-14"
SENTS = [
 ("French Jaguar fighter-bombers flying from Dakar struck a Polisario column inside Mauritania on Tuesday, the first time France has openly joined the war in the desert.", ["FRA ATTACKS org:POLISARIO"], ["FRA DEPLOYS_TROOPS SEN", "FRA DEPLOYS_TROOPS MRT", "FRA SUPPORTS MRT"]),
 ("The guerrillas, who get their weapons from Algeria, are still holding eight French technicians kidnapped at the iron mines of Zouerate.", [], ["DZA SUPPLIES_ARMS org:POLISARIO", "org:POLISARIO ATTACKS FRA"]),
 ("Moktar Ould Daddah had turned to Paris for help after repeated raids on the railway that carries the ore to the coast.", [], ["person:moktar-ould-daddah MEETS FRA", "FRA SUPPORTS person:moktar-ould-daddah"]),
 ("Algeria's President Houari Boumediene denounced the French air strikes as aggression against the Saharan people.", ["person:houari-boumediene LEADS DZA", "person:houari-boumediene CONDEMNS FRA"], []),
 ("Morocco has already stationed 600 soldiers in Mauritania to guard the mines.", ["MAR DEPLOYS_TROOPS MRT"], []),
]
