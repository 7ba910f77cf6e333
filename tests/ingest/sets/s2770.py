DAY = "1987-02-23"
SENTS = [
 ("About 7,000 Syrian troops moved into West Beirut, the Moslem half of the Lebanese capital, on Sunday to end a week of fighting between the Shiite Amal militia and the Druse and their leftist allies.", ["SYR DEPLOYS_TROOPS LBN"], []),
 ("Prime Minister Rashid Karami of Lebanon had flown to Damascus on Friday to ask President Hafez al-Assad for the troops.", ["person:rashid-karami LEADS LBN", "person:rashid-karami MEETS person:hafez-al-assad", "person:rashid-karami MEETS SYR"], ["person:hafez-al-assad LEADS SYR", "SYR DEPLOYS_TROOPS LBN"]),
 ("Israel, which keeps about 1,000 soldiers in a security zone in southern Lebanon, warned Syria not to send its forces farther south.", ["ISR DEPLOYS_TROOPS LBN"], ["ISR CONDEMNS SYR"]),
 ("Iran, which backs the Hezbollah militia in the southern suburbs, protested to Damascus after Syrian soldiers killed 23 Hezbollah fighters in a raid on a barracks.", ["IRN CONDEMNS SYR", "IRN SUPPORTS org:HEZBOLLAH", "SYR ATTACKS org:HEZBOLLAH"], []),
]
