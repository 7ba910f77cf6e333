DAY = "1961-06-01"
SENTS = [
 ("President Kennedy arrived in Paris on Wednesday for three days of talks with President de Gaulle before going on to meet Premier Khrushchev in Vienna.", ["person:john-f-kennedy MEETS FRA", "person:john-f-kennedy MEETS person:charles-de-gaulle"], ["person:john-f-kennedy MEETS person:nikita-khrushchev", "person:john-f-kennedy MEETS AUT", "person:john-f-kennedy LEADS USA", "person:charles-de-gaulle LEADS FRA"]),
 ("Hundreds of thousands of Parisians lined the route from Orly airport.", [], []),
 ("The two presidents discussed Berlin, Laos and the future of NATO at the Elysee Palace.", [], ["person:john-f-kennedy MEETS person:charles-de-gaulle", "person:john-f-kennedy MEETS FRA"]),
 ("De Gaulle told his guest that France would build its own nuclear force whatever Washington thought.", [], []),
 ("Mrs. Kennedy, who speaks fluent French, charmed the city.", [], []),
]
