DAY = "2002-08-24"
SENTS = [
 ("Georgia said Russian warplanes had bombed villages in the Pankisi Gorge on Friday, killing a civilian and wounding several others.", ["RUS ATTACKS GEO"], ["GEO CONDEMNS RUS"]),
 ("Shevardnadze told a news conference that the raid showed Moscow's contempt for Georgian independence.", [], ["person:eduard-shevardnadze CONDEMNS RUS"]),
 ("Moscow insisted that none of its aircraft had flown near the gorge and said Tbilisi was harbouring Chechen fighters there.", ["RUS CONDEMNS GEO"], []),
 ("Washington, which has criticised the raid, urged Moscow to respect Georgia's borders.", ["USA CONDEMNS RUS"], []),
 ("About 200 American special forces soldiers have been training Georgian troops since the spring.", ["USA DEPLOYS_TROOPS GEO"], ["USA SUPPORTS GEO"]),
]
