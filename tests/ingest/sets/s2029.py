DAY = "1985-09-23"
SENTS = [
 ("French Prime Minister Laurent Fabius admitted on Sunday that agents of the French secret service sank the Greenpeace ship Rainbow Warrior in Auckland harbour in July, killing a photographer.", ["person:laurent-fabius LEADS FRA"], ["FRA ATTACKS NZL"]),
 ("New Zealand Prime Minister David Lange called the bombing a sordid act of international state-backed terrorism and demanded an apology from Paris.", ["person:david-lange LEADS NZL"], ["person:david-lange CONDEMNS FRA", "NZL CONDEMNS FRA"]),
 ("Australia's Prime Minister Bob Hawke condemned France and backed New Zealand's demand for compensation.", ["person:bob-hawke LEADS AUS", "person:bob-hawke CONDEMNS FRA", "person:bob-hawke SUPPORTS NZL"], ["AUS CONDEMNS FRA", "AUS SUPPORTS NZL"]),
 ("The affair has soured relations between Paris and Wellington, already strained by French nuclear testing at Mururoa atoll in the South Pacific.", [], ["NZL CONDEMNS FRA"]),
 ("President Francois Mitterrand ordered the tests to continue and said French warships would keep protesters away from the atoll.", [], ["person:francois-mitterrand LEADS FRA"]),
]
