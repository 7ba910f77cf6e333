DAY = "2025-03-16"
SENTS = [
 ("The United States launched a wave of air strikes against the Houthis in Yemen on Saturday, killing at least 31 people, according to the group's health ministry.", ["USA ATTACKS org:HOUTHIS"], ["USA ATTACKS YEM"]),
 ("Trump warned Iran to stop supporting the group immediately.", [], ["IRN SUPPORTS org:HOUTHIS", "person:donald-trump CONDEMNS IRN"]),
 ("The Houthis have attacked more than 100 merchant ships in the Red Sea since November 2023, saying they act in solidarity with the Palestinians.", [], ["org:HOUTHIS SUPPORTS PSE"]),
 ("Iran's foreign minister, Abbas Araghchi, said Washington had no authority to dictate Iran's foreign policy.", [], []),
 ("Britain took part in earlier rounds of strikes on the Houthis under Joe Biden.", ["GBR ATTACKS org:HOUTHIS"], []),
]
