DAY = "1958-05-14"
SENTS = [
 ("A mob stoned Vice President Richard M. Nixon's car and smashed its windows as he drove into Caracas on Tuesday.", [], ["person:richard-nixon MEETS VEN"]),
 ("President Eisenhower ordered two companies of paratroopers and marines to Puerto Rico and to the Guantanamo naval base in Cuba to stand by in case the Vice President needed protection.", ["USA DEPLOYS_TROOPS CUB"], ["person:dwight-eisenhower LEADS USA"]),
 ("Rear Admiral Wolfgang Larrazabal, head of Venezuela's ruling junta, called on Nixon at the embassy to express his regret.", ["person:wolfgang-larrazabal LEADS VEN", "person:wolfgang-larrazabal MEETS person:richard-nixon"], []),
 ("In Lima a week earlier students had jeered the Vice President and pelted him with stones.", [], []),
]
