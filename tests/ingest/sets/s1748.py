DAY = "2013-01-12"
SENTS = [
 ("French warplanes struck Islamist rebel columns in central Mali on Friday, halting their advance toward the capital, Bamako.", [], ["FRA ATTACKS MLI"]),
 ("President Francois Hollande said France had answered an urgent request for help from the Malian government.", [], ["FRA SUPPORTS MLI", "person:francois-hollande LEADS FRA"]),
 ("Hundreds of French soldiers have been flown into Mali from bases in Chad and Ivory Coast.", ["FRA DEPLOYS_TROOPS MLI"], []),
 ("Nigeria, Niger and Senegal pledged to send troops to Mali as part of a West African force.", [], ["NGA DEPLOYS_TROOPS MLI", "NER DEPLOYS_TROOPS MLI", "SEN DEPLOYS_TROOPS MLI"]),
 ("Britain is providing two C-17 transport planes to ferry French equipment, and the United States offered intelligence and logistical help.", ["GBR SUPPORTS FRA"], ["USA SUPPORTS FRA", "GBR SUPPLIES_ARMS FRA"]),
]
