DAY = "1999-09-21"
SENTS = [
 ("The first Australian troops of an international force landed in Dili on Monday to restore order after militias backed by the Indonesian army ravaged East Timor.", ["AUS DEPLOYS_TROOPS TLS"], ["IDN SUPPORTS TLS"]),
 ("President B. J. Habibie agreed to let the force in after heavy pressure from Washington and the International Monetary Fund.", [], ["person:b-j-habibie LEADS IDN"]),
 ("Indonesia cancelled its 1995 security treaty with Australia in protest at Canberra's role in the operation.", ["IDN CONDEMNS AUS"], ["IDN ALLIED_WITH AUS"]),
 ("Thailand, the Philippines and New Zealand are also contributing soldiers to the force, which is led by Australian Major General Peter Cosgrove.", [], ["THA DEPLOYS_TROOPS TLS", "PHL DEPLOYS_TROOPS TLS", "NZL DEPLOYS_TROOPS TLS"]),
 ("The United States has suspended all military ties with Jakarta.", [], ["USA ALLIED_WITH IDN", "USA SANCTIONS IDN"]),
]
