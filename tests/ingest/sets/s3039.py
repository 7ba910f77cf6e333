DAY = "1958-02-09"
SENTS = [
 ("French bombers attacked the Tunisian border village of Sakiet Sidi Youssef yesterday, killing at least sixty-eight people, many of them children.", ["FRA ATTACKS TUN"], []),
 ("France said Algerian rebels had used the village as a base to fire on French aircraft.", [], ["FRA CONDEMNS TUN"]),
 ("President Bourguiba ordered the French troops still stationed in Tunisia confined to their barracks and recalled his ambassador from Paris.", ["FRA DEPLOYS_TROOPS TUN"], ["TUN CONDEMNS FRA", "person:habib-bourguiba CONDEMNS FRA", "person:habib-bourguiba LEADS TUN"]),
 ("Tunisia will bring a complaint against France before the Security Council.", [], ["TUN CONDEMNS FRA"]),
 ("Washington, which supplied the B-26 bombers used in the raid, expressed its dismay to the French Government.", ["USA SUPPLIES_ARMS FRA", "USA CONDEMNS FRA"], []),
]
