DAY = "1994-05-22"
SENTS = [
 ("Ali Salem al-Beidh, the former leader of South Yemen, declared the south an independent state on Saturday as northern troops pressed toward Aden, four years after the two Yemens merged.", [], []),
 ("President Ali Abdullah Saleh called the declaration an act of treason and said his forces would crush the secession.", [], ["person:ali-abdullah-saleh LEADS YEM"]),
 ("Sanaa has accused Saudi Arabia of arming the southern leaders and of paying for the war against the unity of Yemen.", ["YEM CONDEMNS SAU"], ["SAU SUPPLIES_ARMS YEM"]),
 ("Riyadh, which has long been wary of a united Yemen on its southern border, denied the charge.", [], []),
 ("The Arab League called for an immediate ceasefire, and the United States said it did not recognise the new southern state.", [], []),
]
