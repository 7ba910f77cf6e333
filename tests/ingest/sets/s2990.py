DAY = "1951-11-18"
SENTS = [
 ("British troops fought Egyptian auxiliary police in the streets of Ismailia yesterday, and nine Egyptians and three British soldiers were killed.", ["GBR ATTACKS EGY"], ["GBR DEPLOYS_TROOPS EGY"]),
 ("Egypt abrogated the treaty of 1936 last month and has demanded that the 80,000 British troops in the Canal Zone leave.", [], ["EGY CONDEMNS GBR", "GBR DEPLOYS_TROOPS EGY"]),
 ("The Egyptian Government recalled its ambassador from London for consultations.", [], ["EGY CONDEMNS GBR"]),
 ("Foreign Secretary Anthony Eden told the Commons that Britain would not be driven out of the Canal Zone by force.", [], []),
 ("Cairo accused the British of deliberately provoking the clashes.", ["EGY CONDEMNS GBR"], []),
]
