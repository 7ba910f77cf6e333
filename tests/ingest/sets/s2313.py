DAY = "1982-09-20"
SENTS = [
 ("President Reagan announced on Monday that American Marines would return to Beirut as part of a multinational force with France and Italy, after the massacre of hundreds of Palestinians in two refugee camps.", [], ["person:ronald-reagan LEADS USA", "USA DEPLOYS_TROOPS LBN", "FRA DEPLOYS_TROOPS LBN", "ITA DEPLOYS_TROOPS LBN", "FRA ALLIED_WITH USA", "ITA ALLIED_WITH USA"]),
 ("Lebanese Christian militiamen allied with Israel carried out the killings in the Sabra and Shatila camps while Israeli troops controlled the area.", [], ["ISR DEPLOYS_TROOPS LBN"]),
 ("Israel invaded Lebanon in June to drive out the Palestine Liberation Organization.", ["ISR ATTACKS LBN", "ISR ATTACKS org:PLO"], []),
 ("Prime Minister Menachem Begin rejected calls for an inquiry, and Egypt recalled its ambassador from Tel Aviv in protest.", [], ["person:menachem-begin LEADS ISR", "EGY CONDEMNS ISR"]),
 ("The Soviet Union accused the United States of complicity in the massacre.", ["SUN CONDEMNS USA"], []),
 ("Syria, which has about 30,000 troops in eastern Lebanon, denounced Israel's occupation of Beirut.", ["SYR DEPLOYS_TROOPS LBN", "SYR CONDEMNS ISR"], ["ISR ATTACKS LBN", "ISR DEPLOYS_TROOPS LBN"]),
]
