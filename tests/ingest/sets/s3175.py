DAY = "2005-04-24"
SENTS = [
 ("Ecuador's Congress removed President Lucio Gutierrez on Wednesday after a week of street protests, and Vice President Alfredo Palacio was sworn in to replace him.", [], ["person:lucio-gutierrez LEADS ECU", "person:alfredo-palacio LEADS ECU"]),
 ("Mr. Gutierrez took refuge in the Brazilian ambassador's residence in Quito, and Brazil granted him asylum on Thursday.", ["BRA SUPPORTS person:lucio-gutierrez"], []),
 ("An air force jet sent by Brazilian President Luiz Inacio Lula da Silva carried the ousted leader to Brasilia on Sunday.", ["person:luiz-inacio-lula-da-silva LEADS BRA"], ["BRA SUPPORTS person:lucio-gutierrez", "person:luiz-inacio-lula-da-silva SUPPORTS person:lucio-gutierrez"]),
 ("Venezuela's Hugo Chavez called the removal an internal matter for Ecuadoreans.", ["person:hugo-chavez LEADS VEN"], []),
]
