DAY = "1956-09-10"
SENTS = [
 ("President Nasser on Sunday rejected the plan for international control of the Suez Canal that Prime Minister Robert Menzies of Australia had brought to Cairo on behalf of 18 nations.", ["person:robert-menzies LEADS AUS", "person:robert-menzies MEETS EGY"], ["person:gamal-abdel-nasser LEADS EGY", "person:gamal-abdel-nasser MEETS person:robert-menzies"]),
 ("Britain and France have moved troops and warships to Cyprus and Malta.", [], ["GBR DEPLOYS_TROOPS CYP", "GBR DEPLOYS_TROOPS MLT", "FRA DEPLOYS_TROOPS CYP", "FRA DEPLOYS_TROOPS MLT"]),
 ("Moscow, Egypt's arms supplier since last year, stood by Nasser.", ["SUN SUPPLIES_ARMS EGY", "SUN SUPPORTS person:gamal-abdel-nasser"], ["SUN SUPPORTS EGY"]),
 ("Sir Anthony Eden insisted that no single nation should have unfettered control of the waterway.", [], ["person:anthony-eden LEADS GBR"]),
 ("From New Delhi, Jawaharlal Nehru appealed for negotiation.", [], ["person:jawaharlal-nehru LEADS IND"]),
]
