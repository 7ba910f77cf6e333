DAY = "1972-05-09"
SENTS = [
 ("President Nixon announced on Monday night that he had ordered the mining of Haiphong and the other ports of North Vietnam to cut off the flow of weapons from the Soviet Union and China.", ["USA ATTACKS VDR"], ["person:richard-nixon LEADS USA", "USA SANCTIONS VDR", "SUN SUPPLIES_ARMS VDR", "CHN SUPPLIES_ARMS VDR"]),
 ("American planes also bombed rail lines leading from the Chinese border, and the mines in the harbours were set to activate in three days.", [], ["USA ATTACKS VDR"]),
 ("Nixon said the mining would stop once American prisoners of war were released and an internationally supervised ceasefire was in force.", [], []),
 ("The Soviet Union denounced the American blockade as a gross violation of freedom of navigation but did not cancel the Moscow summit set for later this month.", ["SUN CONDEMNS USA"], []),
 ("North Vietnam's government described the mining as a new act of war by the Nixon administration.", ["VDR CONDEMNS USA"], []),
]
