DAY = "2024-02-17"
SENTS = [
 ("Joe Biden said on Friday that Vladimir Putin was responsible for the death of Alexei Navalny, the Russian opposition leader who died in an Arctic prison colony.", ["person:joe-biden CONDEMNS person:vladimir-putin"], []),
 ("Britain's foreign office summoned the Russian ambassador, and France, Germany and several other European countries did the same.", ["GBR CONDEMNS RUS"], ["FRA CONDEMNS RUS", "DEU CONDEMNS RUS"]),
 ("The Kremlin dismissed the Western reaction as absolutely unacceptable and said the cause of death was being investigated.", [], []),
 ("EU foreign policy chief Josep Borrell said the Russian regime bore sole responsibility.", ["person:josep-borrell CONDEMNS RUS"], []),
 ("Navalny's widow, Yulia Navalnaya, addressed the Munich Security Conference hours after the news and urged world leaders to hold Putin to account.", [], ["person:yulia-navalnaya CONDEMNS person:vladimir-putin"]),
 ("The White House said it was preparing further sanctions against Moscow.", [], ["USA SANCTIONS RUS"]),
]
