DAY = "1962-07-24"
SENTS = [
 ("Foreign ministers of fourteen nations signed an agreement in Geneva yesterday guaranteeing the neutrality of Laos.", [], []),
 ("Under the accord all foreign troops, including some 600 American military advisers and several thousand North Vietnamese soldiers, must leave Laos within seventy-five days.", ["USA DEPLOYS_TROOPS LAO", "VDR DEPLOYS_TROOPS LAO"], []),
 ("Secretary of State Dean Rusk signed for Washington and afterwards held an hour of private talks with Foreign Minister Andrei Gromyko.", ["person:dean-rusk MEETS person:andrei-gromyko"], ["USA MEETS SUN"]),
 ("Laos undertook not to join any military alliance, and the three SEATO powers in the region agreed not to extend their protection to it.", [], []),
 ("Chen Yi, the Chinese Foreign Minister, said Peking would respect the agreement but warned that the United States must not use Thailand as a base against China.", [], ["person:chen-yi CONDEMNS USA", "CHN CONDEMNS USA"]),
]
