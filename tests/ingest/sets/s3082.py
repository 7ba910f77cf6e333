DAY = "1980-08-19"
SENTS = [
 ("Troops from Papua New Guinea landed on Espiritu Santo on Monday to put down a secessionist revolt, three weeks after Vanuatu won its independence from Britain and France.", [], ["PNG DEPLOYS_TROOPS VUT"]),
 ("Prime Minister Walter Lini of Vanuatu had asked Port Moresby for help after the British and French troops sent to the island in July were withdrawn on the eve of independence.", ["person:walter-lini LEADS VUT"], ["GBR DEPLOYS_TROOPS VUT", "FRA DEPLOYS_TROOPS VUT"]),
 ("Papua New Guinea's prime minister, Sir Julius Chan, said his soldiers would stay until the rebels gave up their weapons, and Australia is providing the aircraft that carry their supplies.", ["person:julius-chan LEADS PNG"], ["AUS SUPPORTS PNG"]),
 ("Mr Lini has accused France of encouraging the rebels led by Jimmy Stevens and has ordered several French officials to leave the country.", ["person:walter-lini CONDEMNS FRA"], ["VUT CONDEMNS FRA"]),
 ("Paris said it had played no part in the uprising and urged the two camps to settle their quarrel by talks.", [], []),
]
