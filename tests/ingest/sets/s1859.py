DAY = "1960-05-16"
SENTS = [
 ("Soviet leader Nikita Khrushchev demanded on Monday that President Dwight Eisenhower apologise for the flight of an American U-2 spy plane that was shot down over the Soviet Union on May 1.", ["person:nikita-khrushchev LEADS SUN"], ["person:nikita-khrushchev CONDEMNS person:dwight-eisenhower", "person:nikita-khrushchev CONDEMNS USA", "SUN ATTACKS USA", "person:dwight-eisenhower LEADS USA"]),
 ("Khrushchev withdrew his invitation for Eisenhower to visit the Soviet Union and said the summit should be postponed for six to eight months.", [], []),
 ("Eisenhower, who met British Prime Minister Harold Macmillan and French President Charles de Gaulle at the Elysee Palace, said the flights had been suspended and would not be resumed.", ["person:dwight-eisenhower MEETS person:harold-macmillan", "person:dwight-eisenhower MEETS person:charles-de-gaulle", "person:harold-macmillan LEADS GBR", "person:charles-de-gaulle LEADS FRA"], ["person:harold-macmillan MEETS person:charles-de-gaulle", "person:dwight-eisenhower MEETS FRA", "person:harold-macmillan MEETS FRA"]),
 ("The Soviet leader accused the United States of aggressive acts and said Moscow would shoot down any plane that violated its airspace.", ["person:nikita-khrushchev CONDEMNS USA"], []),
 ("Macmillan tried to save the meeting, visiting Khrushchev at the Soviet embassy on Monday evening.", ["person:harold-macmillan MEETS person:nikita-khrushchev"], []),
 ("The pilot, Francis Gary Powers, is being held in Moscow and faces trial for espionage.", [], []),
]
