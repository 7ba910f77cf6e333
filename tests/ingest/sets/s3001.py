DAY = "1946-12-20"
SENTS = [
 ("Vietnamese forces loyal to Ho Chi Minh attacked the French garrison in Hanoi last night, cutting off the city's power and water.", ["VDR ATTACKS FRA"], ["FRA DEPLOYS_TROOPS VDR", "person:ho-chi-minh LEADS VDR"]),
 ("Ho Chi Minh's government left the capital as French troops fought their way through the streets of the old quarter.", [], ["person:ho-chi-minh LEADS VDR", "FRA ATTACKS VDR", "FRA DEPLOYS_TROOPS VDR"]),
 ("French Overseas Minister Marius Moutet said France would restore order in Tonkin before any negotiations resumed.", [], []),
 ("Last month French warships shelled the port of Haiphong, killing several thousand Vietnamese.", [], ["FRA ATTACKS VDR"]),
 ("The Viet Minh radio called on all Vietnamese to rise against the French colonialists.", [], ["VDR CONDEMNS FRA"]),
]
