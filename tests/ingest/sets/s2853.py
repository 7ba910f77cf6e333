DAY = "1967-09-02"
SENTS = [
 ("Arab heads of state closed their summit in Khartoum on Friday pledging no peace with Israel, no recognition of it and no negotiations with it.", [], ["org:ARAB_LEAGUE CONDEMNS ISR"]),
 ("Saudi Arabia, Kuwait and Libya agreed to pay Egypt and Jordan $378 million a year until the effects of the June war are removed.", [], ["SAU SUPPORTS EGY", "SAU SUPPORTS JOR", "KWT SUPPORTS EGY", "KWT SUPPORTS JOR", "LBY SUPPORTS EGY", "LBY SUPPORTS JOR"]),
 ("Nasser and King Faisal also settled their quarrel over Yemen, where some 50,000 Egyptian troops have been fighting the royalists backed by Riyadh.", ["EGY DEPLOYS_TROOPS YEM"], ["person:gamal-abdel-nasser MEETS person:faisal-bin-abdulaziz", "EGY MEETS SAU", "person:faisal-bin-abdulaziz LEADS SAU"]),
 ("Algeria's President Houari Boumediene stayed away, and Syria boycotted the conference altogether.", ["person:houari-boumediene LEADS DZA"], []),
]
