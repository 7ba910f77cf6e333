DAY = "1933-02-16"
SENTS = [
 ("Colombian gunboats and seaplanes drove Peruvian troops out of the river port of Tarapacá on Tuesday, the first fighting in the dispute over Leticia.", ["COL ATTACKS PER"], []),
 ("Lima recalled its minister from Bogotá the next day, and President Luis Sánchez Cerro declared that the Colombians had invaded Peruvian soil.", ["COL ATTACKS PER"], ["person:luis-sanchez-cerro LEADS PER", "person:luis-sanchez-cerro CONDEMNS COL", "PER CONDEMNS COL"]),
 ("Colombia has asked the League of Nations to act under the Covenant, accusing Lima of backing the armed civilians who seized Leticia in September.", ["COL CONDEMNS PER"], []),
 ("Brazil, whose territory borders the disputed trapezium, has offered to mediate.", [], []),
 ("Washington has urged both governments to accept the League's proposal that a commission administer the town while they negotiate.", [], []),
]
