DAY = "1996-01-31"
SENTS = [
 ("Greece and Turkey pulled their warships back from the disputed Imia islets in the Aegean on Wednesday after a night of mediation by the United States.", [], ["USA MEETS GRC", "USA MEETS TUR"]),
 ("President Bill Clinton telephoned Greek Prime Minister Costas Simitis and Turkish Prime Minister Tansu Ciller during the night.", ["person:bill-clinton MEETS person:costas-simitis", "person:bill-clinton MEETS person:tansu-ciller", "person:costas-simitis LEADS GRC", "person:tansu-ciller LEADS TUR"], ["person:bill-clinton LEADS USA"]),
 ("Turkish commandos had landed on one of the rocks after Greek commandos raised a flag on the other.", [], []),
 ("Simitis accused Ankara of challenging Greek sovereignty, and Greece threatened to block a customs union between Turkey and the European Union.", ["person:costas-simitis CONDEMNS TUR"], ["GRC VETOES TUR", "GRC SANCTIONS TUR", "TUR TRADES_WITH org:EU"]),
 ("Three Greek officers were killed when their helicopter crashed near the islets.", [], []),
]
