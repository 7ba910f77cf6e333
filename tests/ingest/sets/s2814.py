DAY = "1970-06-26"
SENTS = [
 ("Secretary of State William P. Rogers announced on Thursday a new American effort to halt the fighting along the Suez Canal, and urged Israel and Egypt to stop shooting for at least 90 days.", [], []),
 ("Israeli jets have bombed Egyptian positions along the canal almost every day since January.", ["ISR ATTACKS EGY"], []),
 ("Soviet pilots now fly many of Egypt's air defence missions, Israeli officials say.", ["SUN DEPLOYS_TROOPS EGY"], ["SUN SUPPORTS EGY"]),
 ("Israel has asked Washington for more Phantom jets to counter the SAM missiles the Soviet Union has installed in Egypt.", ["SUN SUPPLIES_ARMS EGY"], ["USA SUPPLIES_ARMS ISR", "SUN DEPLOYS_TROOPS EGY"]),
 ("Mrs. Meir's government insists on defensible frontiers rather than a return to the armistice lines.", [], ["person:golda-meir LEADS ISR"]),
]
