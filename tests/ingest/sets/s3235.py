DAY = "1965-05-07"
SENTS = [
 ("The Organization of American States voted on Thursday to set up an inter-American force to take over from the 20,000 American troops now in the Dominican Republic.", ["USA DEPLOYS_TROOPS DOM"], ["org:OAS DEPLOYS_TROOPS DOM"]),
 ("Brazil, Honduras, Paraguay and Nicaragua have offered soldiers for the force, but Mexico, Chile and Uruguay voted against the plan, calling the American landing an intervention in Dominican affairs.", ["MEX CONDEMNS USA", "CHL CONDEMNS USA", "URY CONDEMNS USA"], ["BRA DEPLOYS_TROOPS DOM", "HND DEPLOYS_TROOPS DOM", "PRY DEPLOYS_TROOPS DOM", "NIC DEPLOYS_TROOPS DOM", "BRA SUPPORTS USA", "HND SUPPORTS USA", "PRY SUPPORTS USA", "NIC SUPPORTS USA"]),
 ("President Johnson said the Marines had gone ashore to save American lives and to keep a Communist regime from taking power in Santo Domingo.", [], ["person:lyndon-b-johnson LEADS USA"]),
 ("Colonel Francisco Caamano, whose rebels hold the centre of the capital, demanded the withdrawal of all foreign troops.", [], []),
]
