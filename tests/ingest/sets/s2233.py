DAY = "1960-02-13"
SENTS = [
 ("France exploded its first atomic bomb in the Sahara on Saturday, becoming the world's fourth nuclear power.", [], []),
 ("President de Gaulle hailed the test, saying France was stronger and prouder this morning.", [], ["person:charles-de-gaulle LEADS FRA"]),
 ("Morocco recalled its ambassador from Paris in protest, and Ghana froze French assets.", ["GHA SANCTIONS FRA"], ["MAR CONDEMNS FRA"]),
 ("Nigeria, Egypt and other African states condemned the test, which was carried out over the objections of the United Nations General Assembly.", [], ["NGA CONDEMNS FRA", "EGY CONDEMNS FRA"]),
 ("The Soviet Union, which has itself tested dozens of nuclear weapons, accused France of endangering the peace.", ["SUN CONDEMNS FRA"], []),
 ("Britain and the United States, France's NATO allies, expressed regret but stopped short of criticism.", ["GBR ALLIED_WITH FRA", "USA ALLIED_WITH FRA", "GBR MEMBER_OF org:NATO", "USA MEMBER_OF org:NATO"], ["FRA MEMBER_OF org:NATO"]),
]
