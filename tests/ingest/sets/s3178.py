DAY = "1994-02-04"
SENTS = [
 ("Boris Yeltsin arrived in Tbilisi on Thursday, the first visit by a Russian leader to Georgia since it became independent, and signed a treaty of friendship with Eduard Shevardnadze.", ["person:boris-yeltsin MEETS GEO", "person:boris-yeltsin MEETS person:eduard-shevardnadze"], ["person:boris-yeltsin LEADS RUS", "RUS ALLIED_WITH GEO", "person:eduard-shevardnadze LEADS GEO"]),
 ("The treaty allows Russia to keep three military bases in Georgia, and Moscow agreed to help train and equip the Georgian army.", ["RUS DEPLOYS_TROOPS GEO"], ["RUS SUPPORTS GEO", "RUS SUPPLIES_ARMS GEO"]),
 ("Mr. Shevardnadze, who had accused Russian generals of arming the Abkhaz separatists, called the visit historic.", ["person:eduard-shevardnadze CONDEMNS RUS"], []),
 ("Abkhaz leaders said the treaty would not bind them.", [], []),
]
