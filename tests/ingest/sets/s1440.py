DAY = "2019-02-05"
SENTS = [
 ("Spain, France, Germany and Britain recognised opposition leader Juan Guaido as Venezuela's interim president on Monday after Nicolas Maduro ignored their deadline for new elections.", ["ESP SUPPORTS person:juan-guaido", "FRA SUPPORTS person:juan-guaido", "DEU SUPPORTS person:juan-guaido", "GBR SUPPORTS person:juan-guaido"], ["ESP CONDEMNS person:nicolas-maduro", "FRA CONDEMNS person:nicolas-maduro", "DEU CONDEMNS person:nicolas-maduro", "GBR CONDEMNS person:nicolas-maduro"]),
 ("The United States had backed Guaido within minutes of his declaration last month.", ["USA SUPPORTS person:juan-guaido"], []),
 ("Russia and China, Maduro's main creditors, accused the West of meddling in Venezuela's internal affairs.", ["RUS CONDEMNS bloc:WEST", "CHN CONDEMNS bloc:WEST"], ["RUS SUPPORTS VEN", "CHN SUPPORTS VEN", "RUS SUPPORTS person:nicolas-maduro", "CHN SUPPORTS person:nicolas-maduro"]),
 ("Maduro called Guaido a puppet of Washington and refused to let US aid trucks cross the Colombian border.", ["person:nicolas-maduro CONDEMNS person:juan-guaido"], ["person:nicolas-maduro CONDEMNS USA"]),
 ("Italy blocked a joint EU statement recognising Guaido.", [], []),
]
