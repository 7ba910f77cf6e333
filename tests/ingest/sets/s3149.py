DAY = "1973-12-20"
SENTS = [
 ("Iran has sent about 1,200 soldiers and a squadron of helicopters to Oman to help Sultan Qaboos fight the rebels in the southern province of Dhofar, diplomats said on Wednesday.", ["IRN DEPLOYS_TROOPS OMN"], ["IRN SUPPORTS OMN", "person:qaboos-bin-said LEADS OMN", "IRN SUPPORTS person:qaboos-bin-said"]),
 ("South Yemen, which borders Dhofar, gives the rebels arms and sanctuary, and Oman has accused Aden of aggression.", ["OMN CONDEMNS YMD"], []),
 ("King Hussein of Jordan has also promised to send army engineers to Muscat.", ["person:hussein-bin-talal LEADS JOR"], ["JOR DEPLOYS_TROOPS OMN", "JOR SUPPORTS OMN"]),
 ("A commentary on Moscow radio on Tuesday attacked the Shah for sending his army to prop up a feudal regime.", [], ["SUN CONDEMNS IRN", "SUN CONDEMNS person:mohammad-reza-pahlavi"]),
]
