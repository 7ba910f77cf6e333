DAY = "1976-02-02"
SENTS = [
 ("Moroccan troops routed an Algerian army unit at the oasis of Amgala in the former Spanish Sahara last week and took about a hundred prisoners, the Moroccan command said.", ["MAR ATTACKS DZA"], []),
 ("Algeria said its soldiers had been carrying food and medicine to Saharan refugees when they were attacked.", [], ["MAR ATTACKS DZA", "DZA CONDEMNS MAR"]),
 ("King Hassan accused Algeria of sending its regular army to fight alongside the Polisario guerrillas.", ["person:hassan-ii CONDEMNS DZA"], ["person:hassan-ii LEADS MAR", "DZA DEPLOYS_TROOPS MAR", "DZA SUPPORTS org:POLISARIO"]),
 ("Egypt's Vice President, Hosni Mubarak, flew between Rabat and Algiers this week to try to keep the fighting from spreading.", ["person:hosni-mubarak MEETS MAR", "person:hosni-mubarak MEETS DZA"], []),
 ("The guerrillas of the Polisario Front get their rifles, mortars and jeeps from Algerian army depots across the border.", ["DZA SUPPLIES_ARMS org:POLISARIO"], ["DZA SUPPORTS org:POLISARIO"]),
]
