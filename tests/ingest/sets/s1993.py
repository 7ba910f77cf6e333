DAY = "1980-04-12"
SENTS = [
 ("The US Olympic Committee voted on Saturday to boycott the Moscow Games in protest at the Soviet invasion of Afghanistan.", [], ["USA CONDEMNS SUN", "SUN ATTACKS AFG"]),
 ("President Jimmy Carter had threatened to use legal action to stop American athletes from travelling to Moscow.", [], ["person:jimmy-carter LEADS USA"]),
 ("Carter has also halted grain sales to the Soviet Union and banned the export of high technology to Moscow.", ["USA SANCTIONS SUN"], ["person:jimmy-carter SANCTIONS SUN"]),
 ("West Germany's Chancellor Helmut Schmidt has said his country will follow the American lead.", ["person:helmut-schmidt LEADS DEU"], []),
 ("Soviet troops have been fighting Afghan guerrillas since they entered the country in December.", [], ["SUN DEPLOYS_TROOPS AFG", "SUN ATTACKS AFG"]),
]
