DAY = "1964-04-03"
SENTS = [
 ("President Joao Goulart fled from Rio de Janeiro to Brasilia and then to his home state as army units rose against him on Tuesday.", [], ["person:joao-goulart LEADS BRA"]),
 ("Ranieri Mazzilli, the speaker of the Chamber of Deputies, was sworn in as provisional President of Brazil in the early hours of Thursday.", ["person:ranieri-mazzilli LEADS BRA"], []),
 ("President Johnson sent Mr. Mazzilli his warmest good wishes within hours of the swearing-in.", ["person:lyndon-b-johnson SUPPORTS person:ranieri-mazzilli"], ["person:lyndon-b-johnson LEADS USA", "USA SUPPORTS BRA"]),
 ("Havana radio denounced the coup as the work of the Pentagon and the Central Intelligence Agency.", ["CUB CONDEMNS USA"], []),
 ("The American Ambassador, Lincoln Gordon, denied that the United States had played any part in the revolt.", [], []),
]
