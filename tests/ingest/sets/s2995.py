DAY = "1954-08-18"
SENTS = [
 ("President Eisenhower said today that any invasion of Formosa would have to run over the Seventh Fleet.", [], ["person:dwight-eisenhower LEADS USA", "USA SUPPORTS TWN"]),
 ("He spoke after Premier Chou En-lai repeated that Communist China would liberate the island.", [], ["person:zhou-enlai LEADS CHN"]),
 ("The Nationalist Government on Formosa has about 50,000 troops on Quemoy and Matsu, just off the mainland.", [], []),
 ("American destroyers of the Seventh Fleet have been patrolling the Formosa Strait since the Korean War.", [], ["USA DEPLOYS_TROOPS TWN"]),
 ("Peking radio accused the United States of occupying Chinese territory.", ["CHN CONDEMNS USA"], []),
]
