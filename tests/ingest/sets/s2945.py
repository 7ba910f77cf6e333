DAY = "1959-08-28"
SENTS = [
 ("President Eisenhower flew from Bonn to London on Thursday after assuring Chancellor Adenauer that the United States would not give up West Berlin.", ["person:dwight-eisenhower MEETS DEU", "person:dwight-eisenhower MEETS GBR", "person:dwight-eisenhower MEETS person:konrad-adenauer"], ["person:dwight-eisenhower LEADS USA", "person:konrad-adenauer LEADS DEU", "USA SUPPORTS DEU"]),
 ("Prime Minister Macmillan was waiting at London Airport and drove with him to the American Embassy.", [], ["person:harold-macmillan MEETS person:dwight-eisenhower", "person:harold-macmillan LEADS GBR"]),
 ("The two leaders will spend the weekend at Chequers talking over Mr. Khrushchev's coming visit to the United States.", [], ["person:nikita-khrushchev MEETS USA"]),
 ("In Bonn, tens of thousands had lined the streets to cheer the President.", [], []),
 ("Eisenhower goes on to Paris next week for talks with President de Gaulle.", [], ["person:dwight-eisenhower MEETS FRA", "person:dwight-eisenhower MEETS person:charles-de-gaulle", "person:charles-de-gaulle LEADS FRA"]),
]
