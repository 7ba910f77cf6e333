DAY = "1966-11-14"
SENTS = [
 ("Israeli armoured forces crossed into Jordan on Sunday and blew up dozens of houses in the village of Samu, south of Hebron, in the biggest raid since the Suez war.", ["ISR ATTACKS JOR"], ["ISR DEPLOYS_TROOPS JOR"]),
 ("Amman said 18 of its soldiers died when a relief column was ambushed on the road to the village.", [], ["ISR ATTACKS JOR"]),
 ("Israel called the raid a reprisal for mine attacks by Palestinian guerrillas who had crossed from Jordanian territory.", [], []),
 ("Washington, the source of the Patton tanks in the armies of Israel and of Jordan alike, deplored the raid.", ["USA SUPPLIES_ARMS ISR", "USA SUPPLIES_ARMS JOR"], ["USA CONDEMNS ISR"]),
 ("Palestinians rioted in Hebron and Nablus against King Hussein, accusing him of leaving them defenceless.", [], ["person:hussein-bin-talal LEADS JOR"]),
]
