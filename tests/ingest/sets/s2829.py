DAY = "1967-10-22"
SENTS = [
 ("Egyptian missile boats sank the Israeli destroyer Eilat off Port Said on Saturday, and 47 of her crew were killed or missing.", ["EGY ATTACKS ISR"], []),
 ("The Soviet-built Komar boats fired Styx missiles from inside the harbour, Israeli officers said.", [], ["SUN SUPPLIES_ARMS EGY"]),
 ("Cairo said the ship had entered Egyptian territorial waters; Tel Aviv insisted it had been 14 miles offshore.", [], []),
 ("Prime Minister Levi Eshkol warned that Israel would decide how and when to answer.", [], ["person:levi-eshkol LEADS ISR"]),
 ("Washington, supplier of Israel's Skyhawk attack planes, appealed for restraint on the canal.", ["USA SUPPLIES_ARMS ISR"], []),
]
