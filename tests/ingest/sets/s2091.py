DAY = "1972-07-19"
SENTS = [
 ("President Anwar Sadat announced on Tuesday that he had ordered the Soviet Union to withdraw its military advisers and experts from Egypt within ten days.", [], ["person:anwar-sadat LEADS EGY", "person:anwar-sadat CONDEMNS SUN", "SUN DEPLOYS_TROOPS EGY"]),
 ("About 20,000 Soviet military personnel are believed to be in Egypt, manning air defence missiles and training the Egyptian army.", ["SUN DEPLOYS_TROOPS EGY"], ["SUN SUPPORTS EGY"]),
 ("Sadat said Moscow had refused to supply the offensive weapons Egypt needed to recover the Sinai from Israel.", [], ["ISR ATTACKS EGY", "SUN SUPPLIES_ARMS EGY", "person:anwar-sadat CONDEMNS SUN"]),
 ("The Egyptian leader praised Soviet help over the past years and said the friendship treaty signed last year would remain in force.", [], ["person:anwar-sadat SUPPORTS SUN", "EGY ALLIED_WITH SUN"]),
 ("Israeli Prime Minister Golda Meir said the move did not change the military balance.", ["person:golda-meir LEADS ISR"], []),
]
