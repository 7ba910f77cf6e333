DAY = "1982-08-22"
SENTS = [
 ("The first 400 Palestinian guerrillas sailed from Beirut for Cyprus on Saturday, and 350 French paratroopers landed in the port to oversee the evacuation of the Palestine Liberation Organization from the city.", [], ["FRA DEPLOYS_TROOPS LBN", "org:PLO DEPLOYS_TROOPS LBN"]),
 ("American Marines and Italian soldiers are due to join them next week in a multinational force of about 2,000 troops.", [], ["USA DEPLOYS_TROOPS LBN", "ITA DEPLOYS_TROOPS LBN"]),
 ("Israel, whose forces have besieged west Beirut for ten weeks, said the evacuation must be completed within two weeks.", [], ["ISR DEPLOYS_TROOPS LBN", "ISR ATTACKS LBN", "ISR ATTACKS org:PLO"]),
 ("PLO chairman Yasser Arafat is expected to leave for Tunisia later in the week.", ["person:yasser-arafat LEADS org:PLO"], []),
 ("Syria has agreed to take in about 2,000 of the guerrillas, and Jordan, Iraq and Tunisia will accept smaller groups.", [], ["SYR SUPPORTS org:PLO", "JOR SUPPORTS org:PLO", "IRQ SUPPORTS org:PLO", "TUN SUPPORTS org:PLO"]),
]
