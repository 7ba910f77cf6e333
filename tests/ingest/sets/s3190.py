DAY = "1964-02-20"
SENTS = [
 ("French paratroops flown in from Dakar and Brazzaville crushed an army revolt in Gabon on Wednesday and put President Leon M'ba back in power.", ["FRA DEPLOYS_TROOPS GAB", "FRA SUPPORTS person:leon-m-ba"], ["person:leon-m-ba LEADS GAB"]),
 ("The rebel officers had seized Mr. M'ba in Libreville on Tuesday and named Jean-Hilaire Aubame head of a provisional government.", [], ["person:jean-hilaire-aubame LEADS GAB"]),
 ("Paris acted under the defence agreement it signed with Gabon at independence in 1960.", ["FRA ALLIED_WITH GAB"], []),
 ("The intervention drew protests from Ghana and Guinea, whose leaders called it a return of colonialism.", [], ["GHA CONDEMNS FRA", "GIN CONDEMNS FRA"]),
]
