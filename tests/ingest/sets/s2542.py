DAY = "2021-10-24"
SENTS = [
 ("Recep Tayyip Erdogan said on Saturday he had ordered the ambassadors of ten Western countries, including the United States, Germany and France, to be declared persona non grata for calling for the release of the jailed businessman Osman Kavala.", ["person:recep-tayyip-erdogan CONDEMNS USA", "person:recep-tayyip-erdogan CONDEMNS DEU", "person:recep-tayyip-erdogan CONDEMNS FRA"], ["TUR CONDEMNS USA", "TUR CONDEMNS DEU", "TUR CONDEMNS FRA", "person:recep-tayyip-erdogan CONDEMNS bloc:WEST"]),
 ("The envoys had issued a joint statement last week urging a just and speedy resolution of his case.", [], []),
 ("Kavala, a philanthropist, has been held without a conviction for four years.", [], []),
 ("Denmark, Finland, the Netherlands, Norway, Sweden, Canada and New Zealand were the other countries whose envoys signed the statement.", [], []),
 ("Germany, home to about three million people of Turkish origin, is Ankara's biggest export market.", ["TUR TRADES_WITH DEU"], []),
]
