DAY = "1954-09-01"
SENTS = [
 ("The French National Assembly rejected the European Defence Community treaty on Monday, killing the plan for a European army that would have included West German troops.", [], []),
 ("Prime Minister Pierre Mendes France had declined to stake his government on the treaty.", [], ["person:pierre-mendes-france LEADS FRA"]),
 ("Secretary of State Dulles called the vote a tragedy and warned of an agonizing reappraisal of American policy in Europe.", [], ["person:john-foster-dulles CONDEMNS FRA", "USA CONDEMNS FRA"]),
 ("Chancellor Adenauer of West Germany called the result a heavy blow.", ["person:konrad-adenauer LEADS DEU"], ["person:konrad-adenauer CONDEMNS FRA"]),
 ("Moscow radio greeted the French vote with open delight.", ["SUN SUPPORTS FRA"], []),
 ("The occupation statute still governs the American garrison in West Germany.", ["USA DEPLOYS_TROOPS DEU"], []),
]
