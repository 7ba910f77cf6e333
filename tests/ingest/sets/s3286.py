DAY = "1969-08-16"
SENTS = [
 ("Peking said on Wednesday that Soviet troops backed by helicopters and tanks had crossed into Sinkiang and killed Chinese frontier guards in the Yumin district.", ["SUN ATTACKS CHN"], ["CHN CONDEMNS SUN"]),
 ("A Chinese note handed to the Soviet embassy called the attack a premeditated provocation and demanded that Moscow punish those responsible.", ["CHN CONDEMNS SUN"], []),
 ("Moscow accused the Chinese of sending a detachment across the Kazakh border and said it had been driven back.", ["SUN CONDEMNS CHN"], ["CHN ATTACKS SUN", "SUN ATTACKS CHN"]),
 ("North Vietnam, which depends on Moscow and Peking for its arms, has urged the two to settle their quarrel.", ["SUN SUPPLIES_ARMS VDR", "CHN SUPPLIES_ARMS VDR"], []),
 ("Washington has said it will not take sides in the dispute.", [], []),
]
