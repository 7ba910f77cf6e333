DAY = "1963-03-19"
SENTS = [
 ("President Kennedy opened a conference with the presidents of six Central American republics in San Jose, Costa Rica, today.", ["person:john-f-kennedy MEETS CRI"], ["person:john-f-kennedy LEADS USA"]),
 ("He pledged American help against Cuban subversion in the hemisphere.", [], ["USA CONDEMNS CUB"]),
 ("President Francisco Orlich of Costa Rica welcomed him at the airport, where more than 100,000 people lined the road.", ["person:francisco-orlich LEADS CRI"], ["person:francisco-orlich MEETS person:john-f-kennedy"]),
 ("The seven presidents signed a declaration calling for the isolation of Cuba and a common market for Central America.", [], []),
 ("Havana radio said the meeting was a plot by Washington against the Cuban revolution.", ["CUB CONDEMNS USA"], []),
]
