DAY = "1995-06-28"
SENTS = [
 ("Egypt's President Hosni Mubarak escaped unhurt on Monday when gunmen fired on his car in Addis Ababa as he drove in from the airport to a summit of the Organization of African Unity.", ["person:hosni-mubarak LEADS EGY"], []),
 ("Ethiopian security forces killed two of the attackers, and two policemen died in the shootout.", [], []),
 ("Back in Cairo on Tuesday, Mubarak accused Sudan's government of harbouring the gunmen and said its leaders would regret it.", ["person:hosni-mubarak CONDEMNS SDN"], []),
 ("Sudan denied any part in the attack and accused Egypt of using it as a pretext to seize the disputed Halaib triangle on their border.", ["SDN CONDEMNS EGY"], []),
 ("Egyptian and Sudanese troops exchanged fire at a police post in Halaib on Tuesday, Sudanese radio said, and two Sudanese policemen were killed.", ["EGY ATTACKS SDN", "SDN ATTACKS EGY"], []),
 ("Police were searching the capital for three attackers who got away, and Ethiopia's leader, Meles Zenawi, promised to find them.", ["person:meles-zenawi LEADS ETH"], []),
]
