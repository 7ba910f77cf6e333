DAY = "1956-03-10"
SENTS = [
 ("British authorities in Cyprus deported Archbishop Makarios to the Seychelles on Friday, accusing him of backing the terrorist campaign of EOKA for union with Greece.", ["GBR CONDEMNS person:makarios-iii"], []),
 ("Athens withdrew its ambassador to Britain in protest, and crowds stoned the British consulate there.", ["GRC CONDEMNS GBR"], []),
 ("Anthony Eden, the Prime Minister, said in the Commons that Makarios had refused to denounce violence.", ["person:anthony-eden CONDEMNS person:makarios-iii"], ["person:anthony-eden LEADS GBR"]),
 ("Washington, allied with both Britain and Greece in NATO, called for calm.", ["USA ALLIED_WITH GBR", "USA ALLIED_WITH GRC"], ["USA MEMBER_OF org:NATO", "GBR MEMBER_OF org:NATO", "GRC MEMBER_OF org:NATO"]),
 ("Greece's Prime Minister, Constantine Karamanlis, will take the Cyprus question to the United Nations.", ["person:constantine-karamanlis LEADS GRC"], []),
]
