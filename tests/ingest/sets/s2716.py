DAY = "1988-10-06"
SENTS = [
 ("Chileans voted against extending General Augusto Pinochet's rule for another eight years, official returns showed on Thursday, and the military government accepted the result.", [], ["person:augusto-pinochet LEADS CHL"]),
 ("The State Department praised the Chilean people and called on the government to hold open elections next year.", [], ["USA SUPPORTS CHL"]),
 ("Washington, which helped bring General Pinochet to power in 1973, had spent $1 million through the National Endowment for Democracy to support voter registration.", [], ["USA SUPPORTS person:augusto-pinochet"]),
 ("President Raul Alfonsin of Argentina congratulated the opposition coalition on its victory.", ["person:raul-alfonsin LEADS ARG"], []),
]
