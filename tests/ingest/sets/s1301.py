DAY = "2025-10-20"
SENTS = [
 ("Tufan Erhürman, who favours reuniting Cyprus as a federation, won the Turkish Cypriot leadership election on Sunday, defeating the incumbent backed by Ankara.", [], []),
 ("Turkey is the only country that recognises the breakaway state in the north of the island and keeps about 35,000 troops there.", [], ["TUR SUPPORTS CYP", "TUR DEPLOYS_TROOPS CYP"]),
 ("Cypriot President Nikos Christodoulides said he was ready to meet Erhürman without delay.", [], ["person:nikos-christodoulides LEADS CYP"]),
 ("Recep Tayyip Erdogan congratulated the winner but repeated that a two-state solution was the most realistic option.", [], []),
 ("Cyprus has been divided since Turkey invaded in 1974 following a coup backed by Greece's military government.", ["TUR ATTACKS CYP"], ["GRC SUPPORTS CYP"]),
]
