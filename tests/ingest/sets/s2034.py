DAY = "1983-08-10"
SENTS = [
 ("France began flying paratroopers and combat aircraft to Chad on Tuesday to help President Hissene Habre halt an offensive by rebels backed by Libya.", ["FRA DEPLOYS_TROOPS TCD"], ["FRA SUPPORTS person:hissene-habre", "FRA SUPPORTS TCD", "person:hissene-habre LEADS TCD"]),
 ("President Francois Mitterrand said the force would defend Chad against Libyan aggression.", [], ["person:francois-mitterrand LEADS FRA", "LBY ATTACKS TCD", "FRA ALLIED_WITH TCD", "person:francois-mitterrand CONDEMNS LBY"]),
 ("Libyan aircraft have bombed the northern oasis town of Faya-Largeau, which fell to the rebels on Wednesday.", [], ["LBY ATTACKS TCD"]),
 ("The United States has sent two AWACS surveillance planes to Egypt and rushed 25 million dollars in military aid to Habre's government.", ["USA DEPLOYS_TROOPS EGY", "USA SUPPORTS TCD"], ["USA SUPPORTS person:hissene-habre", "USA SUPPLIES_ARMS TCD"]),
 ("Zaire has sent about 2,000 troops to N'Djamena.", ["COD DEPLOYS_TROOPS TCD"], []),
 ("Colonel Muammar Gaddafi denied that Libyan troops were fighting in Chad.", [], ["person:muammar-gaddafi LEADS LBY"]),
]
