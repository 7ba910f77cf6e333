DAY = "1986-04-15"
SENTS = [
 ("American warplanes bombed targets in Tripoli and Benghazi early on Tuesday in retaliation for the bombing of a West Berlin discotheque frequented by US soldiers.", ["USA ATTACKS LBY"], []),
 ("President Ronald Reagan said there was irrefutable evidence that Libya was behind the nightclub attack.", ["person:ronald-reagan CONDEMNS LBY"], ["person:ronald-reagan LEADS USA"]),
 ("The F-111 bombers flew from bases in Britain after France and Spain refused to let them cross their airspace.", [], ["GBR SUPPORTS USA"]),
 ("Muammar Gaddafi, whose adopted daughter was reported killed in the raid on his compound, called Reagan a mad dog.", [], ["person:muammar-gaddafi CONDEMNS person:ronald-reagan"]),
 ("The Soviet Union condemned the attack as a crime and cancelled a planned meeting of foreign ministers in Washington.", [], ["SUN CONDEMNS USA"]),
]
