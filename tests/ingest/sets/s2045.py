DAY = "1987-03-23"
SENTS = [
 ("Chadian forces captured the Libyan air base at Ouadi Doum in northern Chad on Sunday, killing more than 1,200 Libyan soldiers and seizing tanks and aircraft, the government in N'Djamena said.", ["TCD ATTACKS LBY"], ["LBY DEPLOYS_TROOPS TCD"]),
 ("The defeat leaves Libya's remaining garrison at Faya-Largeau exposed, Western diplomats said.", [], []),
 ("France has about 1,400 troops in Chad and its Jaguar jets bombed the Ouadi Doum runway last month.", ["FRA DEPLOYS_TROOPS TCD"], ["FRA ATTACKS LBY"]),
 ("The United States has given Chad Stinger anti-aircraft missiles and 15 million dollars in emergency military aid.", ["USA SUPPLIES_ARMS TCD"], ["USA SUPPORTS TCD"]),
 ("Libya's leader Muammar Gaddafi accused Paris and Washington of waging war on the Libyan people through their Chadian agents.", ["person:muammar-gaddafi LEADS LBY", "person:muammar-gaddafi CONDEMNS FRA", "person:muammar-gaddafi CONDEMNS USA"], ["FRA SUPPORTS TCD", "USA SUPPORTS TCD"]),
]
