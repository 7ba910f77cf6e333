DAY = "1967-06-11"
SENTS = [
 ("The Soviet Union broke off diplomatic relations with Israel on Saturday and warned of sanctions unless Israeli forces stopped their advance into Syria.", [], ["SUN CONDEMNS ISR", "SUN SANCTIONS ISR", "ISR ATTACKS SYR", "ISR DEPLOYS_TROOPS SYR"]),
 ("Israeli troops and tanks took the Syrian town of Kuneitra and the heights above the Sea of Galilee before a ceasefire came into force in the evening.", ["ISR ATTACKS SYR"], ["ISR DEPLOYS_TROOPS SYR"]),
 ("Algeria, which flew warplanes to Egypt at the start of the war, broke relations with the United States, accusing it of helping Israel.", ["DZA CONDEMNS USA"], ["DZA SUPPORTS EGY", "DZA SUPPLIES_ARMS EGY", "DZA DEPLOYS_TROOPS EGY", "DZA SANCTIONS USA", "USA SUPPORTS ISR"]),
 ("Czechoslovakia, Poland, Hungary and Bulgaria followed Moscow's lead, but Rumania kept its embassy in Tel Aviv open.", [], []),
]
