DAY = "1948-06-27"
SENTS = [
 ("The Soviet Union cut all road, rail and barge traffic between the western zones of Germany and the western sectors of Berlin on Thursday, leaving two million Berliners dependent on supplies from the air.", [], ["SUN SANCTIONS DEU"]),
 ("American and British transport planes began flying food and coal into the city's Tempelhof and Gatow airfields.", [], []),
 ("General Lucius Clay, the American military governor, said the United States would not be forced out of Berlin.", [], ["USA DEPLOYS_TROOPS DEU"]),
 ("Britain's Foreign Secretary Ernest Bevin told the House of Commons that the Western powers would stay in Berlin and accused Moscow of trying to starve the city into submission.", ["person:ernest-bevin CONDEMNS SUN"], ["GBR CONDEMNS SUN", "person:ernest-bevin LEADS GBR"]),
 ("The Soviet military administration said the measures were a response to the introduction of a new currency in the western zones by the United States, Britain and France.", [], ["SUN CONDEMNS USA", "SUN CONDEMNS GBR", "SUN CONDEMNS FRA"]),
]
