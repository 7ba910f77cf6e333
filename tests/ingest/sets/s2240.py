DAY = "1952-05-27"
SENTS = [
 ("France and West Germany, enemies in two world wars, signed a treaty in Paris on Tuesday committing them to a common European army.", ["DEU ALLIED_WITH FRA"], ["DEU MEETS FRA", "DEU ATTACKS FRA", "FRA ATTACKS DEU"]),
 ("Britain and the United States signed a separate declaration pledging to treat any threat to the community as a threat to their own security.", [], ["GBR ALLIED_WITH USA", "GBR MEETS USA"]),
 ("Chancellor Konrad Adenauer of West Germany said the treaty ended centuries of enmity between the two nations.", ["person:konrad-adenauer LEADS DEU"], []),
 ("The Soviet Union denounced the treaty as a step toward reviving German militarism.", [], ["SUN CONDEMNS DEU"]),
 ("Communist-led dockers in Marseille protested against the shipment of American arms to France under the Atlantic pact.", ["USA SUPPLIES_ARMS FRA"], ["USA ALLIED_WITH FRA"]),
 ("The French National Assembly must still ratify the treaty.", [], []),
]
