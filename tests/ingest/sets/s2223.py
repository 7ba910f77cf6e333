DAY = "1963-11-23"
SENTS = [
 ("President John F. Kennedy was shot dead in Dallas on Friday, and Vice President Lyndon B. Johnson was sworn in as the 36th president aboard Air Force One.", [], ["person:john-f-kennedy LEADS USA", "person:lyndon-b-johnson LEADS USA"]),
 ("Soviet Premier Nikita Khrushchev went to the American embassy in Moscow to sign the book of condolence, and the Soviet Union ordered flags flown at half-mast.", ["person:nikita-khrushchev LEADS SUN"], ["person:nikita-khrushchev MEETS USA", "person:nikita-khrushchev SUPPORTS USA"]),
 ("President Charles de Gaulle of France announced that he would attend the funeral in Washington on Monday.", ["person:charles-de-gaulle LEADS FRA"], ["person:charles-de-gaulle MEETS USA"]),
 ("Lee Harvey Oswald, the man charged with the killing, had lived in the Soviet Union from 1959 to 1962.", [], []),
 ("Cuba's Prime Minister Fidel Castro said the assassination was bad news for Cuba and warned that it could be used to stir up hatred against his country.", ["person:fidel-castro LEADS CUB"], []),
 ("Britain's Prime Minister Sir Alec Douglas-Home called Kennedy a man of courage who had inspired the world.", ["person:alec-douglas-home LEADS GBR"], ["person:alec-douglas-home SUPPORTS person:john-f-kennedy"]),
]
