DAY = "1961-06-05"
SENTS = [
 ("President John F. Kennedy and Nikita Khrushchev ended two days of talks in Vienna on Sunday without agreement on Berlin or a nuclear test ban.", ["person:john-f-kennedy MEETS person:nikita-khrushchev"], ["person:john-f-kennedy LEADS USA"]),
 ("Khrushchev told Kennedy that the Soviet Union would sign a separate peace treaty with East Germany by the end of the year.", ["person:nikita-khrushchev MEETS person:john-f-kennedy"], ["SUN ALLIED_WITH DDR", "SUN MEETS DDR"]),
 ("The two leaders agreed to support a neutral and independent Laos.", [], ["USA SUPPORTS LAO", "SUN SUPPORTS LAO"]),
 ("Kennedy flew on to London to brief Prime Minister Harold Macmillan.", ["person:john-f-kennedy MEETS GBR"], ["person:john-f-kennedy MEETS person:harold-macmillan", "person:harold-macmillan LEADS GBR"]),
 ("Austrian Chancellor Alfons Gorbach was host to the summit.", ["person:alfons-gorbach LEADS AUT"], []),
]
