DAY = "1949-04-05"
SENTS = [
 ("Foreign ministers of twelve nations signed the North Atlantic Treaty in Washington on Monday, pledging that an armed attack against one of them would be considered an attack against them all.", [], []),
 ("The signatories are the United States, Canada, Britain, France, Belgium, the Netherlands, Luxembourg, Norway, Denmark, Iceland, Italy and Portugal.", [], []),
 ("President Harry Truman called the treaty a shield against aggression.", [], ["person:harry-s-truman LEADS USA"]),
 ("The Soviet Union has denounced the pact as an aggressive alliance aimed at Moscow and its allies in Eastern Europe.", [], ["SUN CONDEMNS org:NATO"]),
 ("Britain's Foreign Secretary Ernest Bevin said the alliance would deter any attack on Western Europe.", [], []),
]
