DAY = "1980-01-30"
SENTS = [
 ("Tunisia accused Libya on Tuesday of having trained and armed the band of commandos who attacked the mining town of Gafsa at the weekend, killing more than forty people.", ["TUN CONDEMNS LBY"], []),
 ("Premier Hedi Nouira said the raiders had slipped into Tunisia from Algeria after months in Libyan camps.", [], []),
 ("France sent military transport planes, helicopters and about a hundred airmen to Tunisia on Monday, and three French warships sailed for the Gulf of Gabes.", ["FRA DEPLOYS_TROOPS TUN"], ["FRA SUPPORTS TUN"]),
 ("In Tripoli, a crowd stormed and burned the French embassy on Monday night, and the consulate in Benghazi was also set on fire.", [], ["LBY ATTACKS FRA"]),
 ("France recalled its ambassador from Libya and protested to Colonel Muammar Qaddafi's government, which it held responsible for failing to protect the mission.", ["FRA CONDEMNS LBY"], []),
 ("The State Department said it would speed up the delivery of armoured personnel carriers and helicopters that Tunisia had already ordered.", [], ["USA SUPPLIES_ARMS TUN"]),
]
