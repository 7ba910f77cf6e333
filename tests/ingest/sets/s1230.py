DAY = "2025-01-31"
SENTS = [
 ("The last French soldiers left Chad on Thursday, ending more than six decades of military presence after N'Djamena terminated its defence agreement with Paris.", ["FRA DEPLOYS_TROOPS TCD"], []),
 ("President Mahamat Idriss Déby said the pact was outdated and that Chad had to assert its sovereignty.", [], ["person:mahamat-idriss-deby LEADS TCD"]),
 ("France has also withdrawn its forces from Mali, Burkina Faso and Niger after coups in those countries, and is handing its base in Senegal to the Senegalese army.", [], ["FRA DEPLOYS_TROOPS SEN", "FRA DEPLOYS_TROOPS MLI", "FRA DEPLOYS_TROOPS BFA", "FRA DEPLOYS_TROOPS NER"]),
 ("Côte d'Ivoire took over France's only military camp in Abidjan in February.", [], ["FRA DEPLOYS_TROOPS CIV"]),
 ("Djibouti, which hosts about 1,500 French troops, remains Paris's largest base in Africa.", ["FRA DEPLOYS_TROOPS DJI"]),
]
