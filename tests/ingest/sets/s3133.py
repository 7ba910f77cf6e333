DAY = "1964-08-09"
SENTS = [
 ("Turkish air force jets strafed and bombed Greek Cypriot positions around the village of Kokkina in northwestern Cyprus on Saturday, after Greek Cypriot forces pressed their attack on the Turkish Cypriot enclave for a third day.", ["TUR ATTACKS CYP"], []),
 ("Archbishop Makarios, the President of Cyprus, asked for an emergency meeting of the United Nations Security Council and warned that his government would seek help from Egypt and the Soviet Union if the raids went on.", ["person:makarios-iii LEADS CYP"], ["CYP CONDEMNS TUR", "person:makarios-iii CONDEMNS TUR"]),
 ("The Security Council, meeting late on Saturday in New York, called on Turkey to stop its bombing at once and on the Cypriot government to order an immediate ceasefire.", [], ["org:UNSC CONDEMNS TUR"]),
 ("The Turkish Prime Minister, Ismet Inonu, told Parliament in Ankara that the raids were a limited police action to protect Turkish Cypriots and would stop as soon as the attacks on Kokkina ended.", ["person:ismet-inonu LEADS TUR"], []),
 ("In Athens, Prime Minister George Papandreou sent Mr. Inonu a message protesting against the raids, and the Greek Government said its air force was ready to defend the island.", ["person:george-papandreou CONDEMNS person:ismet-inonu"], ["person:george-papandreou LEADS GRC", "GRC CONDEMNS TUR"]),
]
