DAY = "1963-12-27"
SENTS = [
 ("Turkish jet fighters roared low over Nicosia on Wednesday as fighting between Greek and Turkish Cypriots spread through the capital.", [], ["TUR ATTACKS CYP"]),
 ("About 2,700 British troops from the sovereign base areas have moved into Nicosia to keep the two communities apart.", ["GBR DEPLOYS_TROOPS CYP"], []),
 ("Archbishop Makarios, the President of Cyprus, protested to Ankara that the overflights breached the republic's independence.", ["person:makarios-iii LEADS CYP", "person:makarios-iii CONDEMNS TUR"], ["CYP CONDEMNS TUR"]),
 ("Athens warned that Greece would not stand aside in the event of a Turkish landing.", [], ["GRC CONDEMNS TUR"]),
 ("Britain, Greece and Turkey, the three guarantor powers, have agreed to form a joint peace force under British command.", [], ["GBR ALLIED_WITH GRC", "GBR ALLIED_WITH TUR", "GRC ALLIED_WITH TUR"]),
]
