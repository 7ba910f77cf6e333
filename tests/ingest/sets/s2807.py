DAY = "1971-03-27"
SENTS = [
 ("The Pakistani army moved against the Awami League in East Pakistan on Thursday night, and Sheikh Mujibur Rahman was arrested at his home in Dacca.", [], []),
 ("President Yahya Khan, in a broadcast from Karachi, banned the Awami League and called Sheikh Mujib a traitor.", ["person:yahya-khan CONDEMNS person:sheikh-mujibur-rahman"], ["person:yahya-khan LEADS PAK"]),
 ("A clandestine radio station proclaimed the independent republic of Bangladesh.", [], []),
 ("India's Parliament expressed its deep anguish at the killings, and Prime Minister Indira Gandhi said India could not remain a mere spectator.", [], ["IND CONDEMNS PAK", "person:indira-gandhi LEADS IND"]),
 ("The United States has supplied most of Pakistan's tanks and aircraft under a military aid agreement signed in 1954.", ["USA SUPPLIES_ARMS PAK"], ["USA ALLIED_WITH PAK", "USA SUPPORTS PAK"]),
]
