DAY = "2024-03-29"
SENTS = [
 ("Russia vetoed the annual renewal of a UN panel of experts monitoring the enforcement of sanctions against North Korea on Thursday.", ["RUS VETOES PRK"], ["org:UN SANCTIONS PRK"]),
 ("China abstained, and the other 13 members of the Security Council voted in favour.", [], []),
 ("The panel had reported that North Korea was using cyberattacks to fund its weapons programmes and was investigating arms transfers between Pyongyang and Moscow.", [], ["PRK SUPPLIES_ARMS RUS"]),
 ("US Deputy Ambassador Robert Wood said Russia was trying to bury the panel's findings about its purchases of North Korean weapons for its war against Ukraine.", ["PRK SUPPLIES_ARMS RUS", "RUS ATTACKS UKR"], ["USA CONDEMNS RUS"]),
 ("South Korea's foreign ministry expressed deep regret, and Japan said the veto undermined the sanctions regime.", [], ["KOR CONDEMNS RUS", "JPN CONDEMNS RUS"]),
]
