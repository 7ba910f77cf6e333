DAY = "2021-09-27"
SENTS = [
 ("France warned Mali's military government against hiring Russian mercenaries from the Wagner group, saying it would be incompatible with the presence of French troops.", [], ["FRA CONDEMNS MLI", "FRA DEPLOYS_TROOPS MLI"]),
 ("Mali's prime minister, Choguel Maiga, told the UN General Assembly that France had abandoned Mali in mid-flight by announcing a troop drawdown.", ["person:choguel-maiga LEADS MLI", "person:choguel-maiga CONDEMNS FRA"], ["MLI CONDEMNS FRA"]),
 ("Paris has about 5,000 soldiers in the Sahel, most of them in Mali, fighting jihadists linked to al Qaeda and Islamic State.", ["FRA DEPLOYS_TROOPS MLI"], ["FRA ATTACKS org:ISIS"]),
 ("Germany and Estonia, which also have troops in Mali, said a deal with Wagner could lead them to pull out.", ["DEU DEPLOYS_TROOPS MLI", "EST DEPLOYS_TROOPS MLI"], []),
 ("Moscow said Bamako had approached a private Russian company, not the Russian state.", [], []),
]
