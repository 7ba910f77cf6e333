DAY = "1999-07-07"
SENTS = [
 ("The United States imposed economic sanctions on Afghanistan's Taliban militia on Tuesday, freezing its assets and barring American companies from doing business with it, for sheltering Osama bin Laden.", ["USA SANCTIONS org:TALIBAN"], []),
 ("Washington holds Mr. bin Laden responsible for the bombings of its embassies in Kenya and Tanzania last August.", [], []),
 ("Only Pakistan, Saudi Arabia and the United Arab Emirates recognize the Taliban as the government of Afghanistan.", ["PAK SUPPORTS org:TALIBAN", "SAU SUPPORTS org:TALIBAN", "ARE SUPPORTS org:TALIBAN"], []),
 ("Pakistan, the militia's main backer, said it regretted the American decision.", [], ["PAK SUPPORTS org:TALIBAN", "PAK CONDEMNS USA"]),
 ("A Taliban spokesman said the movement would never hand over its guest and called the order an act of hostility.", [], ["org:TALIBAN CONDEMNS USA"]),
]
