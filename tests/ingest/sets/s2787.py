DAY = "1970-02-13"
SENTS = [
 ("Israeli jets bombed an Egyptian steel plant at Abu Zaabal, northeast of Cairo, on Thursday, killing about 70 workers.", ["ISR ATTACKS EGY"], []),
 ("Israel said the plant had been hit by mistake during a raid on a military target nearby, and that it had warned Cairo through the Red Cross of a delayed-action bomb.", [], []),
 ("Nasser spoke of a deliberate massacre and said the guilt was shared by the United States, which supplies Israel with Phantom jets.", ["person:gamal-abdel-nasser CONDEMNS USA", "USA SUPPLIES_ARMS ISR"], ["person:gamal-abdel-nasser CONDEMNS ISR", "person:gamal-abdel-nasser LEADS EGY"]),
 ("Several thousand Soviet military advisers work with the Egyptian army, Western diplomats in Cairo say.", ["SUN DEPLOYS_TROOPS EGY"], []),
 ("Washington is weighing an Israeli request for 25 more Phantoms and 100 Skyhawks.", [], []),
]
