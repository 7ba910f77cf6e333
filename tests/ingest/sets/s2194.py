DAY = "1991-02-25"
SENTS = [
 ("American, British, French and Saudi troops launched a ground offensive into Kuwait and southern Iraq before dawn on Sunday.", ["USA ATTACKS IRQ", "GBR ATTACKS IRQ", "FRA ATTACKS IRQ", "SAU ATTACKS IRQ", "USA DEPLOYS_TROOPS IRQ", "GBR DEPLOYS_TROOPS IRQ", "FRA DEPLOYS_TROOPS IRQ", "SAU DEPLOYS_TROOPS IRQ", "USA DEPLOYS_TROOPS KWT", "GBR DEPLOYS_TROOPS KWT", "FRA DEPLOYS_TROOPS KWT", "SAU DEPLOYS_TROOPS KWT"], ["USA ATTACKS KWT", "GBR ATTACKS KWT", "FRA ATTACKS KWT", "SAU ATTACKS KWT"]),
 ("Egyptian and Syrian forces joined the attack from Saudi territory.", [], ["EGY DEPLOYS_TROOPS SAU", "SYR DEPLOYS_TROOPS SAU", "EGY ATTACKS IRQ", "SYR ATTACKS IRQ"]),
 ("General Norman Schwarzkopf said thousands of Iraqi soldiers had surrendered in the first hours.", [], []),
 ("President Bush said the liberation of Kuwait had entered its final phase.", [], ["person:george-h-w-bush LEADS USA"]),
 ("The Soviet Union, which had tried to broker a last-minute peace plan with Iraq, said it regretted the decision to start the land war.", [], ["SUN MEETS IRQ", "SUN CONDEMNS USA"]),
]
