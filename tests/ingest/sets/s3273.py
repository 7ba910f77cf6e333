DAY = "1953-10-19"
SENTS = [
 ("Israeli troops raided the Jordanian village of Qibya on Wednesday night, blowing up more than forty houses and killing sixty-six men, women and children, the Jordanian government said.", ["ISR ATTACKS JOR"], []),
 ("Prime Minister David Ben-Gurion said in a broadcast on Monday that no army unit had been absent from its base that night and blamed border settlers enraged by Arab murders.", [], ["person:david-ben-gurion LEADS ISR"]),
 ("Britain reminded Israel that it was bound by its treaty to come to Jordan's help if it were attacked.", ["GBR ALLIED_WITH JOR"], ["GBR CONDEMNS ISR"]),
 ("Britain pays most of the cost of Jordan's Arab Legion, whose British commander, Glubb Pasha, has reinforced its posts along the armistice line.", ["GBR SUPPORTS JOR"], []),
 ("Jordan's delegate told the Security Council that Israel was trying to terrorise the border villagers into leaving their land.", ["JOR CONDEMNS ISR"], []),
]
