DAY = "1974-12-08"
SENTS = [
 ("Archbishop Makarios flew home to Nicosia on Saturday, almost five months after officers acting for the colonels in Athens had forced him to flee Cyprus.", [], ["GRC ATTACKS CYP", "GRC SUPPORTS CYP"]),
 ("Some 200,000 Greek Cypriots packed the square in front of the archbishop's palace to welcome him.", [], []),
 ("Glafcos Clerides, who had been acting president since July, handed the office back.", [], ["person:glafcos-clerides LEADS CYP"]),
 ("Turkish troops still hold the northern third of Cyprus, which they invaded in July.", ["TUR DEPLOYS_TROOPS CYP"], ["TUR ATTACKS CYP"]),
 ("Ankara said the archbishop's return would make a settlement harder to reach.", [], ["TUR CONDEMNS person:makarios-iii"]),
 ("Greece's civilian government under Constantine Karamanlis welcomed him home.", ["person:constantine-karamanlis LEADS GRC"], ["GRC SUPPORTS person:makarios-iii"]),
]
