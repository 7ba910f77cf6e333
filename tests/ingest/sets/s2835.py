DAY = "1956-03-02"
SENTS = [
 ("King Hussein of Jordan dismissed Lieut. Gen. John Bagot Glubb, the British commander of the Arab Legion, on Thursday and ordered him to leave the country within hours.", ["person:hussein-bin-talal LEADS JOR"], []),
 ("Britain pays the Arab Legion's costs, about 10 million pounds a year, under the Anglo-Jordanian treaty of 1948.", ["GBR SUPPORTS JOR"], ["GBR ALLIED_WITH JOR"]),
 ("Prime Minister Anthony Eden told the Commons that the dismissal was a grave blow to British influence in the Middle East.", [], ["person:anthony-eden LEADS GBR"]),
 ("Egypt and Saudi Arabia, which have pressed Hussein to break with London, welcomed the move.", [], ["EGY SUPPORTS JOR", "SAU SUPPORTS JOR"]),
 ("British officers still serve with Jordanian units along the armistice line with Israel.", ["GBR DEPLOYS_TROOPS JOR"], []),
]
