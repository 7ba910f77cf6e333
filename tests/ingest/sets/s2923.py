DAY = "1951-08-24"
SENTS = [
 ("The Communist delegation broke off the armistice talks at Kaesong on Thursday, accusing a United Nations aircraft of bombing the neutral zone around the conference site.", [], []),
 ("General Matthew Ridgway, the United Nations commander, called the charge a fabrication.", [], []),
 ("Peking radio said the incident proved that Washington had never wanted an armistice.", ["CHN CONDEMNS USA"], []),
 ("American planes went on pounding Communist supply lines in North Korea.", ["USA ATTACKS PRK"], []),
 ("The North Korean and Chinese delegates have set no date for a return to the conference tent.", [], []),
]
