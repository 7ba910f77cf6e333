DAY = "1968-05-13"
SENTS = [
 ("American and North Vietnamese negotiators opened formal talks in Paris on Monday, the first direct negotiations between the two governments since the war began.", ["USA MEETS VDR"], []),
 ("W. Averell Harriman, the chief American delegate, proposed that both sides pull their troops back from the demilitarized zone.", [], []),
 ("Xuan Thuy, the head of Hanoi's delegation, demanded an unconditional end to American bombing and called the United States the aggressor.", ["person:xuan-thuy CONDEMNS USA"], ["VDR CONDEMNS USA", "USA ATTACKS VDR"]),
 ("The talks are being held at the former Hotel Majestic, which the French government provided.", [], []),
]
