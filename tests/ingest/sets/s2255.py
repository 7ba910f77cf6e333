DAY = "2001-07-16"
SENTS = [
 ("China and Russia signed a treaty of friendship and cooperation in the Kremlin on Monday, their first since the 1950 treaty between Stalin and Mao.", ["CHN ALLIED_WITH RUS"], ["CHN MEETS RUS", "person:joseph-stalin ALLIED_WITH person:mao-zedong"]),
 ("President Vladimir Putin and President Jiang Zemin said the treaty was aimed at no third country, but both criticized American plans for a missile defence system.", [], ["person:vladimir-putin CONDEMNS USA", "person:jiang-zemin CONDEMNS USA", "person:jiang-zemin MEETS person:vladimir-putin", "person:vladimir-putin LEADS RUS", "person:jiang-zemin LEADS CHN"]),
 ("Russia is China's main supplier of advanced weapons, including fighter jets and destroyers.", ["RUS SUPPLIES_ARMS CHN"], []),
 ("Jiang will also visit Belarus, Moldova, Ukraine and Kazakhstan on his tour.", [], ["person:jiang-zemin MEETS BLR", "person:jiang-zemin MEETS MDA", "person:jiang-zemin MEETS UKR", "person:jiang-zemin MEETS KAZ"]),
 ("The United States said it had no objection to good relations between Russia and China.", [], []),
]
