DAY = "1955-08-17"
SENTS = [
 ("Portuguese police opened fire on Indian volunteers who marched unarmed across the border into Goa on Monday, killing at least fifteen of them.", [], ["PRT ATTACKS IND"]),
 ("Nehru told Parliament that Portugal's action had been brutal and uncivilised.", ["person:jawaharlal-nehru CONDEMNS PRT"], ["person:jawaharlal-nehru LEADS IND"]),
 ("India will close its consulate-general in Goa, the last link between the two governments since Portugal's legation in New Delhi was shut two years ago.", [], ["IND SANCTIONS PRT"]),
 ("Lisbon said the marchers had invaded Portuguese territory at India's instigation.", ["PRT CONDEMNS IND"], []),
 ("Portugal has asked its NATO allies for support, but Washington and London have so far said nothing.", ["PRT MEMBER_OF org:NATO"], ["PRT ALLIED_WITH USA", "PRT ALLIED_WITH GBR"]),
]
