DAY = "1979-12-13"
SENTS = [
 ("NATO foreign and defense ministers agreed in Brussels yesterday to station 572 American Pershing and cruise missiles in Western Europe from 1983.", [], []),
 ("Britain, West Germany and Italy will take the missiles, and Belgium and the Netherlands deferred their decision.", [], ["USA DEPLOYS_TROOPS GBR", "USA DEPLOYS_TROOPS DEU", "USA DEPLOYS_TROOPS ITA"]),
 ("At the same time the allies offered to negotiate with Moscow on limiting medium-range missiles in Europe.", [], []),
 ("The Soviet Union, which has deployed more than a hundred SS-20 missiles aimed at Western Europe, denounced the decision as a threat to détente.", [], ["SUN CONDEMNS org:NATO"]),
 ("The United States already keeps about 300,000 troops in West Germany.", ["USA DEPLOYS_TROOPS DEU"], []),
]
