DAY = "1936-03-09"
SENTS = [
 ("German infantry and artillery marched into the demilitarised Rhineland at dawn on Saturday, while Hitler told the Reichstag that the Franco-Soviet pact had destroyed the Locarno treaty.", [], ["person:adolf-hitler CONDEMNS FRA", "person:adolf-hitler CONDEMNS SUN", "person:adolf-hitler LEADS DEU", "FRA ALLIED_WITH SUN"]),
 ("The French premier, M. Sarraut, said France would not negotiate while Strasbourg was under the fire of German guns.", ["person:sarraut LEADS FRA"], ["person:sarraut CONDEMNS DEU"]),
 ("Paris has asked the Council of the League to declare that Germany has broken its treaty obligations.", ["FRA CONDEMNS DEU"], ["FRA MEETS org:LEAGUE_OF_NATIONS"]),
 ("Belgium, which the Rhineland zone was meant to protect, joined France in protesting to Berlin.", ["BEL CONDEMNS DEU", "FRA CONDEMNS DEU"], []),
 ("In London, Mr. Eden told the Commons that there was no threat of hostilities and urged the French to keep calm.", [], ["person:anthony-eden LEADS GBR"]),
]
