DAY = "1973-10-18"
SENTS = [
 ("Arab oil producers agreed on Wednesday to cut their output by five percent every month until Israel withdraws from the territories it occupied in 1967.", [], ["ISR ATTACKS EGY", "ISR ATTACKS SYR", "ISR ATTACKS JOR"]),
 ("Saudi Arabia went further and halted all oil shipments to the United States in retaliation for its massive airlift of arms to Israel.", ["SAU SANCTIONS USA", "USA SUPPLIES_ARMS ISR"], ["SAU TRADES_WITH USA", "SAU CONDEMNS USA"]),
 ("Egyptian forces that crossed the Suez Canal on October 6 are holding their positions in the Sinai, while Israeli troops have crossed to the west bank of the canal.", [], ["ISR ATTACKS EGY", "EGY ATTACKS ISR"]),
 ("The Soviet Union has been resupplying Egypt and Syria with tanks and missiles by air and sea.", ["SUN SUPPLIES_ARMS EGY", "SUN SUPPLIES_ARMS SYR"], []),
 ("Prime Minister Golda Meir told the Knesset that Israel would not return to the old borders.", [], ["person:golda-meir LEADS ISR"]),
]
