DAY = "1958-03-28"
SENTS = [
 ("Nikita Khrushchev was named Premier of the Soviet Union on Thursday in place of Nikolai Bulganin, and keeps his post as party chief.", ["person:nikita-khrushchev LEADS SUN"], []),
 ("Bulganin becomes chairman of the State Bank.", [], []),
 ("Khrushchev has called for a summit meeting with President Eisenhower and the Western leaders.", [], ["person:dwight-eisenhower LEADS USA"]),
 ("In Washington, Secretary of State Dulles said the change concentrated all power in one man's hands.", [], []),
 ("Soviet divisions remain in East Germany, Poland and Hungary under treaties with those governments.", ["SUN DEPLOYS_TROOPS DDR", "SUN DEPLOYS_TROOPS POL", "SUN DEPLOYS_TROOPS HUN"], ["SUN ALLIED_WITH DDR", "SUN ALLIED_WITH POL", "SUN ALLIED_WITH HUN"]),
]
