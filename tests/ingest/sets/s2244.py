DAY = "1990-07-16"
SENTS = [
 ("Mikhail Gorbachev dropped his opposition on Monday to a united Germany's membership of NATO, after talks with Chancellor Helmut Kohl in the Caucasus.", ["person:helmut-kohl MEETS person:mikhail-gorbachev"], ["person:helmut-kohl LEADS DEU", "person:mikhail-gorbachev LEADS SUN", "DEU MEMBER_OF org:NATO"]),
 ("Kohl agreed to cut the German armed forces to 370,000 troops and to pay for the withdrawal of Soviet troops from East Germany.", [], ["SUN DEPLOYS_TROOPS DDR", "DEU SUPPORTS SUN", "person:helmut-kohl SUPPORTS SUN"]),
 ("The Soviet Union has about 380,000 soldiers stationed in East Germany.", ["SUN DEPLOYS_TROOPS DDR"], []),
 ("Kohl also promised Moscow billions of marks in credits to help its ailing economy.", [], ["DEU SUPPORTS SUN", "person:helmut-kohl SUPPORTS SUN"]),
 ("President Bush welcomed the agreement as a victory for the alliance.", [], ["person:george-h-w-bush LEADS USA"]),
 ("Poland, which fears German claims to its western territories, demanded a treaty guaranteeing its border.", [], []),
]
