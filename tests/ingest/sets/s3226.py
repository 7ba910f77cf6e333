DAY = "1987-09-08"
SENTS = [
 ("Chadian troops raided the Maaten al-Sarra air base deep inside Libya on Saturday and said they had destroyed 26 aircraft and killed more than 1,000 Libyan soldiers.", ["TCD ATTACKS LBY"], ["TCD DEPLOYS_TROOPS LBY"]),
 ("Libya struck back on Monday, sending two Tupolev bombers over Ndjamena, where a French anti-aircraft battery shot one of them down.", ["LBY ATTACKS TCD", "FRA ATTACKS LBY"], ["FRA DEPLOYS_TROOPS TCD"]),
 ("France, which keeps 2,000 soldiers in Chad, said it had not been told of the raid and would not back operations on Libyan soil.", ["FRA DEPLOYS_TROOPS TCD"], []),
 ("President Hissene Habre said the base had been used to bomb Chadian towns and that his forces would strike again unless Libya gave up the Aouzou strip.", [], ["person:hissene-habre LEADS TCD", "person:hissene-habre CONDEMNS LBY", "TCD ATTACKS LBY", "LBY ATTACKS TCD"]),
 ("Libya asked for an emergency meeting of the Organization of African Unity, whose chairman, President Kenneth Kaunda of Zambia, appealed to both sides to stop fighting.", ["person:kenneth-kaunda LEADS ZMB"], ["person:kenneth-kaunda LEADS org:AU", "LBY MEMBER_OF org:AU"]),
]
