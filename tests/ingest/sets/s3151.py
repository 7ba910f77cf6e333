DAY = "1980-07-19"
SENTS = [
 ("Bolivian army officers led by General Luis Garcia Meza seized power in La Paz on Thursday, three weeks after an election that Hernan Siles Zuazo had been expected to win.", ["person:luis-garcia-meza LEADS BOL"], []),
 ("President Lidia Gueiler, the country's first woman president, was forced to resign.", [], ["person:lidia-gueiler LEADS BOL"]),
 ("Argentina was the first government to recognise the Bolivian junta, and Argentine army advisers were reported in La Paz.", ["ARG SUPPORTS BOL", "ARG DEPLOYS_TROOPS BOL"], []),
 ("Caracas severed its ties with La Paz over the takeover, and the Carter Administration called its ambassador home.", [], ["VEN CONDEMNS BOL", "USA CONDEMNS BOL"]),
]
