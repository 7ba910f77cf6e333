DAY = "1964-03-05"
SENTS = [
 ("The Security Council voted unanimously on Wednesday to send a United Nations peacekeeping force to Cyprus to stop the fighting between Greek and Turkish Cypriots.", [], ["org:UNSC DEPLOYS_TROOPS CYP", "org:UN DEPLOYS_TROOPS CYP"]),
 ("Britain, which already has 7,000 troops in Cyprus, said it would contribute the largest contingent.", ["GBR DEPLOYS_TROOPS CYP"], []),
 ("Turkey has warned that it will intervene if attacks on Turkish Cypriots continue.", [], ["TUR CONDEMNS CYP"]),
 ("Greece accused Turkey of preparing an invasion.", ["GRC CONDEMNS TUR"], []),
 ("President Makarios welcomed the resolution.", [], ["person:makarios-iii LEADS CYP"]),
]
