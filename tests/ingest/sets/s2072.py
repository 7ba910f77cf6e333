DAY = "1954-05-08"
SENTS = [
 ("The French fortress of Dien Bien Phu in northwestern Indochina fell to the Viet Minh on Friday after a 55-day siege, a defeat that Prime Minister Joseph Laniel called a grievous blow to France.", [], ["person:joseph-laniel LEADS FRA"]),
 ("About 11,000 French Union troops were taken prisoner.", [], []),
 ("The Viet Minh forces of General Vo Nguyen Giap were supplied with artillery by China.", [], ["CHN SUPPLIES_ARMS VDR"]),
 ("The fall came as delegates of nine countries, including the United States, the Soviet Union, China, Britain and France, met in Geneva to discuss the future of Indochina.", [], ["USA MEETS SUN", "USA MEETS CHN", "GBR MEETS CHN", "FRA MEETS CHN", "SUN MEETS GBR", "SUN MEETS FRA", "GBR MEETS FRA", "USA MEETS GBR", "USA MEETS FRA", "CHN MEETS SUN"]),
 ("Secretary of State John Foster Dulles had refused French requests for American air strikes to relieve the garrison.", [], []),
]
