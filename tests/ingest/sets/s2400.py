DAY = "2023-01-25"
SENTS = [
 ("France said on Wednesday it would pull its special forces out of Burkina Faso within a month, after the military government demanded the departure of the troops.", [], ["FRA DEPLOYS_TROOPS BFA", "BFA CONDEMNS FRA"]),
 ("About 400 French commandos have been based at Kamboinse, outside Ouagadougou, as part of a task force fighting jihadist groups across the Sahel.", ["FRA DEPLOYS_TROOPS BFA"], []),
 ("Burkina Faso's junta leader, Captain Ibrahim Traore, has sought closer ties with Russia, and protesters in the capital have waved Russian flags at rallies against the former colonial power.", ["person:ibrahim-traore LEADS BFA"], ["person:ibrahim-traore ALLIED_WITH RUS", "person:ibrahim-traore SUPPORTS RUS", "BFA ALLIED_WITH RUS", "BFA SUPPORTS RUS", "BFA CONDEMNS FRA"]),
 ("Burkina Faso, suspended from the African Union and ECOWAS since the first of last year's two coups, has also asked Paris to recall its ambassador, Luc Hallade.", ["BFA MEMBER_OF org:AU", "BFA MEMBER_OF org:ECOWAS"], ["BFA SANCTIONS FRA", "BFA CONDEMNS FRA"]),
]
