DAY = "1959-09-16"
SENTS = [
 ("Nikita Khrushchev arrived in Washington on Tuesday for a 13-day visit to the United States, the first by a Soviet leader.", ["person:nikita-khrushchev MEETS USA"], ["person:nikita-khrushchev LEADS SUN"]),
 ("President Dwight Eisenhower greeted him at Andrews Air Force Base with a 21-gun salute.", ["person:dwight-eisenhower MEETS person:nikita-khrushchev"], ["person:dwight-eisenhower LEADS USA"]),
 ("Khrushchev presented Eisenhower with a replica of the Soviet rocket that hit the moon on Sunday.", ["person:nikita-khrushchev MEETS person:dwight-eisenhower"], []),
 ("He will tour New York, Los Angeles and Iowa before talks with Eisenhower at Camp David.", [], ["person:nikita-khrushchev MEETS person:dwight-eisenhower"]),
 ("Chinese leaders, whose relations with Moscow have cooled, made no comment.", [], []),
]
