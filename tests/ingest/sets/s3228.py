DAY = "1973-10-15"
SENTS = [
 ("American transport planes began flying tanks, artillery shells and other equipment to Israel on Sunday to make up for the heavy losses of the first week of the war.", ["USA SUPPLIES_ARMS ISR"], []),
 ("Washington said it had acted only after the Soviet Union mounted a large airlift of arms to Egypt and Syria.", ["SUN SUPPLIES_ARMS EGY", "SUN SUPPLIES_ARMS SYR"], ["USA CONDEMNS SUN"]),
 ("An Iraqi armoured division and a Jordanian brigade have joined the Syrian army on the Golan front, Israeli officials said.", ["IRQ DEPLOYS_TROOPS SYR", "JOR DEPLOYS_TROOPS SYR"], ["IRQ SUPPORTS SYR", "JOR SUPPORTS SYR", "IRQ ATTACKS ISR", "JOR ATTACKS ISR"]),
 ("Israeli warplanes set fuel tanks ablaze at the ports of Latakia and Tartus on the Syrian coast.", ["ISR ATTACKS SYR"], []),
 ("In a speech to parliament, Golda Meir said the fighting would go on until the Arab armies had been driven back.", [], ["person:golda-meir LEADS ISR"]),
]
