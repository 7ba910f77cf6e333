DAY = "1995-09-06"
SENTS = [
 ("France exploded a nuclear device under Mururoa atoll in the South Pacific on Tuesday, defying protests from governments around the region.", [], []),
 ("New Zealand recalled its ambassador from Paris and Australia's Prime Minister Paul Keating called the test an act of stupidity.", ["person:paul-keating LEADS AUS"], ["NZL CONDEMNS FRA", "person:paul-keating CONDEMNS FRA"]),
 ("Japan, which had urged President Jacques Chirac to abandon the series, said it deeply regretted the decision.", [], ["JPN CONDEMNS FRA", "person:jacques-chirac LEADS FRA", "JPN CONDEMNS person:jacques-chirac"]),
 ("Chile and Peru sent formal protests to the French government.", ["CHL CONDEMNS FRA", "PER CONDEMNS FRA"], []),
 ("Riots broke out in Papeete, the capital of French Polynesia, where protesters set fire to the airport.", [], []),
 ("The European Commission said it would ask France for information on the safety of the tests.", [], ["org:EU MEETS FRA"]),
]
