DAY = "1989-02-16"
SENTS = [
 ("The last Soviet soldier left Afghanistan on Wednesday when General Boris Gromov walked across the bridge over the Amu Darya into the Soviet Union, ending nine years of Soviet military intervention.", [], ["SUN ATTACKS AFG", "SUN DEPLOYS_TROOPS AFG"]),
 ("More than 13,000 Soviet soldiers were killed in the war against the Afghan mujahideen, who were armed by the United States, Pakistan, China and Saudi Arabia.", [], ["USA SUPPLIES_ARMS AFG", "PAK SUPPLIES_ARMS AFG", "CHN SUPPLIES_ARMS AFG", "SAU SUPPLIES_ARMS AFG"]),
 ("The government of President Mohammad Najibullah, which Moscow continues to supply with weapons and fuel, declared a state of emergency.", ["SUN SUPPLIES_ARMS AFG"], ["SUN SUPPORTS person:mohammad-najibullah", "person:mohammad-najibullah LEADS AFG"]),
 ("Pakistan's Prime Minister Benazir Bhutto called on the guerrillas to form a broad-based government.", ["person:benazir-bhutto LEADS PAK"], []),
 ("Soviet Foreign Minister Eduard Shevardnadze, who visited Kabul and Islamabad last month, said Moscow would respect any settlement agreed by the Afghans.", ["person:eduard-shevardnadze MEETS AFG", "person:eduard-shevardnadze MEETS PAK"], []),
]
