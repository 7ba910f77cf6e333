DAY = "1961-07-21"
SENTS = [
 ("French paratroopers dropped on the naval base at Bizerte on Wednesday and fought their way into the town after Tunisian forces had fired on French aircraft and blockaded the base.", ["TUN ATTACKS FRA"], ["FRA ATTACKS TUN", "FRA DEPLOYS_TROOPS TUN"]),
 ("Tunisia's President, Habib Bourguiba, cut his country's ties with France and called on the Security Council to demand the removal of French forces from Tunisia.", ["person:habib-bourguiba LEADS TUN", "FRA DEPLOYS_TROOPS TUN"], ["person:habib-bourguiba CONDEMNS FRA", "TUN CONDEMNS FRA"]),
 ("The Tunisian delegate told the Council that French planes had strafed Tunisian villages and killed hundreds of civilians.", ["FRA ATTACKS TUN"], ["TUN CONDEMNS FRA"]),
 ("Ceylon and the Soviet Union sided with Tunisia in the debate; Britain and the United States did not vote.", ["SUN SUPPORTS TUN", "LKA SUPPORTS TUN"], []),
]
