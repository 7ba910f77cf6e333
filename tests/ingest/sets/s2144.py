DAY = "1998-08-08"
SENTS = [
 ("Car bombs exploded minutes apart outside the American embassies in Nairobi and Dar es Salaam on Friday, killing more than 80 people and wounding hundreds.", [], []),
 ("President Bill Clinton vowed to track down those responsible and sent FBI agents and military medical teams to Kenya and Tanzania.", [], ["person:bill-clinton LEADS USA", "USA SUPPORTS KEN", "USA SUPPORTS TZA", "person:bill-clinton SUPPORTS KEN", "person:bill-clinton SUPPORTS TZA", "USA DEPLOYS_TROOPS KEN", "USA DEPLOYS_TROOPS TZA"]),
 ("Kenya's President Daniel arap Moi condemned the attack as cowardly.", ["person:daniel-arap-moi LEADS KEN"], []),
 ("Israel sent a rescue team to Nairobi to help search the rubble.", ["ISR SUPPORTS KEN"], []),
 ("Suspicion fell on Osama bin Laden, the Saudi-born militant whom Washington accuses of financing attacks on Americans.", [], ["USA CONDEMNS person:osama-bin-laden"]),
]
