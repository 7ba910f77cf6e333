DAY = "2024-11-29"
SENTS = [
 ("Chad announced on Thursday that it was ending its defence cooperation agreement with France, hours after a visit by French Foreign Minister Jean-Noel Barrot.", [], ["TCD ALLIED_WITH FRA", "person:jean-noel-barrot MEETS TCD"]),
 ("France has about 1,000 troops in Chad, its last foothold in the Sahel after being forced out of Mali, Burkina Faso and Niger.", ["FRA DEPLOYS_TROOPS TCD"], []),
 ("Foreign Minister Abderaman Koulamallah said Chad wanted to assert its full sovereignty.", [], []),
 ("On the same day, Senegal's President Bassirou Diomaye Faye said French troops would have to leave his country.", ["person:bassirou-diomaye-faye LEADS SEN", "FRA DEPLOYS_TROOPS SEN"], []),
 ("Russia has expanded its military presence in the region, sending instructors to Mali, Burkina Faso and Niger.", ["RUS DEPLOYS_TROOPS MLI", "RUS DEPLOYS_TROOPS BFA", "RUS DEPLOYS_TROOPS NER"], []),
]
