DAY = "1982-12-29"
SENTS = [
 ("Israeli and Lebanese negotiators opened talks at a hotel in Khalde, south of Beirut, on Tuesday on the withdrawal of foreign forces from Lebanon.", [], ["ISR MEETS LBN"]),
 ("Seven months after the invasion, Israeli soldiers are still dug in along the Beirut-Damascus highway in central Lebanon, facing Syrian units across the lines.", ["ISR DEPLOYS_TROOPS LBN"], ["SYR DEPLOYS_TROOPS LBN", "ISR ATTACKS LBN"]),
 ("President Amin Gemayel, who met President Reagan in Washington in October, has asked for more American troops.", ["person:amin-gemayel MEETS person:ronald-reagan"], ["person:amin-gemayel LEADS LBN", "person:amin-gemayel MEETS USA", "person:ronald-reagan LEADS USA"]),
 ("Syria, whose forces entered Lebanon in 1976, has refused to take part.", ["SYR DEPLOYS_TROOPS LBN"], ["SYR ATTACKS LBN"]),
]
