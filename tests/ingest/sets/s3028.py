DAY = "1959-02-19"
SENTS = [
 ("Britain, Greece and Turkey signed agreements in London today under which Cyprus will become an independent republic within a year.", [], ["GBR MEETS GRC", "GBR MEETS TUR", "GRC MEETS TUR", "GBR SUPPORTS CYP", "GRC SUPPORTS CYP", "TUR SUPPORTS CYP"]),
 ("Archbishop Makarios, who will return from exile to become the island's first President, accepted the plan for the Greek Cypriots.", [], ["person:makarios-iii LEADS CYP"]),
 ("Greece and Turkey will each be allowed to station a small contingent of troops in Cyprus.", [], ["GRC DEPLOYS_TROOPS CYP", "TUR DEPLOYS_TROOPS CYP"]),
 ("Prime Minister Karamanlis of Greece and Prime Minister Menderes of Turkey drafted the plan in Zurich last week.", ["person:constantine-karamanlis LEADS GRC", "person:adnan-menderes LEADS TUR", "person:constantine-karamanlis MEETS person:adnan-menderes"], ["GRC MEETS TUR"]),
 ("British troops have fought EOKA guerrillas in Cyprus since 1955.", ["GBR DEPLOYS_TROOPS CYP"], []),
]
