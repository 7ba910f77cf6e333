DAY = "2009-07-05"
SENTS = [
 ("The Organization of American States suspended Honduras on Saturday for refusing to reinstate President Manuel Zelaya, who was ousted in a military coup a week ago.", ["HND MEMBER_OF org:OAS"], ["org:OAS SANCTIONS HND", "org:OAS CONDEMNS HND", "org:OAS SUPPORTS person:manuel-zelaya"]),
 ("It was the first suspension of a member state since Cuba was expelled in 1962.", [], []),
 ("Venezuela's President Hugo Chavez, Zelaya's main ally, cut off oil shipments to Honduras and threatened military action.", ["person:hugo-chavez LEADS VEN", "VEN SANCTIONS HND"], ["person:hugo-chavez ALLIED_WITH person:manuel-zelaya", "person:hugo-chavez SUPPORTS person:manuel-zelaya", "person:hugo-chavez SANCTIONS HND", "VEN ALLIED_WITH HND"]),
 ("The United States suspended joint military operations with Honduras and has threatened to cut aid.", [], ["USA SANCTIONS HND"]),
 ("The interim government led by Roberto Micheletti said it would leave the organisation rather than allow Zelaya to return.", [], []),
]
