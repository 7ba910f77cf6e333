DAY = "1948-10-26"
SENTS = [
 ("The Soviet Union vetoed last night a Security Council resolution calling for an end to the blockade of Berlin and for talks on the city's currency.", [], ["SUN VETOES DEU", "SUN SANCTIONS DEU"]),
 ("The resolution, drafted by the six neutral members of the Council, received nine votes, with the Soviet Union and the Ukraine against.", [], []),
 ("Andrei Vyshinsky told the Council that the Western powers had brought the question to the United Nations to cover their own breach of the Potsdam agreements.", ["person:andrei-vyshinsky CONDEMNS bloc:WEST"], []),
 ("The American delegate, Philip Jessup, said the airlift would go on as long as the blockade lasted.", [], []),
 ("British and American transport planes have carried more than 200,000 tons of supplies into the city since June.", [], []),
]
