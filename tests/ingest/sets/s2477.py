DAY = "2009-03-10"
SENTS = [
 ("Five Chinese vessels shadowed and harassed an unarmed US Navy survey ship in international waters 75 miles south of Hainan island on Sunday, the Pentagon said, coming within 25 feet of it.", [], ["CHN ATTACKS USA", "USA CONDEMNS CHN"]),
 ("The United States protested to the Chinese embassy in Washington and said the ship, the Impeccable, had been conducting routine operations.", ["USA CONDEMNS CHN"], []),
 ("China's foreign ministry rejected the protest and said the American vessel had broken Chinese and international law by operating in China's exclusive economic zone without permission.", ["CHN CONDEMNS USA"], []),
 ("The incident came days after the two militaries resumed talks that Beijing had suspended in protest at a $6.5 billion arms package for Taiwan.", [], ["USA SUPPLIES_ARMS TWN", "CHN SANCTIONS USA", "CHN CONDEMNS USA", "USA MEETS CHN"]),
]
