DAY = "1963-06-27"
SENTS = [
 ("President John F. Kennedy told a crowd of more than a million West Berliners on Wednesday that all free men were citizens of Berlin.", [], ["person:john-f-kennedy LEADS USA", "person:john-f-kennedy MEETS DEU"]),
 ("Kennedy, who arrived in Bonn on Sunday, was welcomed by Chancellor Konrad Adenauer.", ["person:john-f-kennedy MEETS person:konrad-adenauer", "person:john-f-kennedy MEETS DEU"], ["person:konrad-adenauer LEADS DEU"]),
 ("He looked over the wall into East Berlin from a platform at Checkpoint Charlie.", [], []),
 ("The East German government called Kennedy's speech a provocation.", ["DDR CONDEMNS person:john-f-kennedy"], ["DDR CONDEMNS USA"]),
 ("Kennedy flew on to Ireland on Wednesday evening.", ["person:john-f-kennedy MEETS IRL"], []),
]
