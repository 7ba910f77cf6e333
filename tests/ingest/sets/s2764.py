DAY = "1977-10-19"
SENTS = [
 ("West German commandos stormed a hijacked Lufthansa jetliner at Mogadishu airport early on Tuesday, freeing all 86 hostages and killing three of the four Palestinian hijackers.", [], ["DEU DEPLOYS_TROOPS SOM"]),
 ("Chancellor Helmut Schmidt telephoned President Mohammed Siad Barre of Somalia to thank him for letting the commandos land.", ["person:helmut-schmidt MEETS person:siad-barre", "person:siad-barre LEADS SOM"], ["person:helmut-schmidt LEADS DEU", "person:helmut-schmidt SUPPORTS person:siad-barre"]),
 ("West Germany has given Somalia about $20 million in economic aid this year, and two British experts from the Special Air Service took part in the assault.", ["DEU SUPPORTS SOM"], ["GBR DEPLOYS_TROOPS SOM"]),
 ("The hijackers had demanded the release of eleven terrorists held in West German jails and two Palestinians imprisoned in Turkey.", [], []),
]
