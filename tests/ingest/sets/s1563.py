DAY = "2021-09-24"
SENTS = [
 ("Joe Biden hosted the leaders of Australia, India and Japan at the White House on Friday for the first in-person summit of the Quad.", ["person:joe-biden MEETS AUS", "person:joe-biden MEETS IND", "person:joe-biden MEETS JPN"], ["AUS MEMBER_OF org:QUAD", "IND MEMBER_OF org:QUAD", "JPN MEMBER_OF org:QUAD", "USA MEMBER_OF org:QUAD"]),
 ("Narendra Modi, Scott Morrison and Yoshihide Suga pledged to deliver a billion coronavirus vaccine doses to Asian countries.", [], []),
 ("The meeting came a week after Australia, Britain and the United States announced the AUKUS pact, under which Canberra will acquire nuclear-powered submarines.", [], ["AUS ALLIED_WITH GBR", "AUS ALLIED_WITH USA", "GBR ALLIED_WITH USA"]),
 ("China has denounced the Quad as a clique aimed at containing its rise.", ["CHN CONDEMNS org:QUAD"], []),
 ("France, which lost a multibillion-dollar submarine contract with Australia because of the pact, recalled its ambassadors from Canberra and Washington in protest.", ["FRA CONDEMNS AUS", "FRA CONDEMNS USA"], ["FRA SUPPLIES_ARMS AUS"]),
]
