DAY = "1968-12-30"
SENTS = [
 ("Israeli commandos landed by helicopter at Beirut international airport on Saturday night and blew up thirteen airliners belonging to Arab airlines.", ["ISR ATTACKS LBN"], []),
 ("Israel said the raid was a reprisal for Wednesday's attack on an El Al airliner at Athens airport by two Arabs who had come from Beirut.", [], []),
 ("In a broadcast to the nation, President Charles Helou denounced the Israeli raid as premeditated aggression.", ["person:charles-helou CONDEMNS ISR"], ["person:charles-helou LEADS LBN"]),
 ("France, until last year Israel's main source of aircraft, condemned the operation and announced a total embargo on arms to Israel.", ["FRA SANCTIONS ISR"], ["FRA CONDEMNS ISR", "FRA SUPPLIES_ARMS ISR"]),
 ("Washington let it be known that it would not block censure of Israel when the Council meets.", [], ["USA CONDEMNS ISR"]),
]
