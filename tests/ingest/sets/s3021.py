DAY = "1958-04-08"
SENTS = [
 ("President Eisenhower proposed to Premier Khrushchev today that technical experts of both countries begin work on methods of detecting nuclear tests.", [], ["person:dwight-eisenhower LEADS USA", "person:nikita-khrushchev LEADS SUN"]),
 ("The letter was the President's answer to Moscow's announcement last week that the Soviet Union would stop its own tests.", [], []),
 ("Mr. Khrushchev had called on Britain and the United States to follow the Soviet example.", [], ["person:nikita-khrushchev CONDEMNS GBR", "person:nikita-khrushchev CONDEMNS USA"]),
 ("Washington called the Soviet move a propaganda gesture made after a rush of Soviet tests.", ["USA CONDEMNS SUN"], []),
 ("Britain exploded another hydrogen bomb near Christmas Island this week.", [], []),
]
