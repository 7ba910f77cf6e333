DAY = "1981-07-18"
SENTS = [
 ("Israeli jets bombed the Palestine Liberation Organization's offices in a crowded district of West Beirut on Friday, killing more than 100 people, Lebanese officials said.", ["ISR ATTACKS org:PLO"], ["ISR ATTACKS LBN"]),
 ("The Reagan administration said it was holding up the delivery of six F-16 fighter-bombers to Israel while it studied whether American weapons had been used in violation of the law.", [], ["USA SUPPLIES_ARMS ISR"]),
 ("In Riyadh and Kuwait City, the Saudi and Kuwaiti governments accused Israel of massacring civilians and called on Washington to stop arming it.", ["SAU CONDEMNS ISR", "KWT CONDEMNS ISR"], ["USA SUPPLIES_ARMS ISR", "SAU CONDEMNS USA", "KWT CONDEMNS USA"]),
 ("Philip C. Habib, President Reagan's special envoy, flew to Damascus to ask President Assad to help arrange a halt to the fighting.", [], ["person:ronald-reagan LEADS USA", "person:hafez-al-assad LEADS SYR"]),
]
