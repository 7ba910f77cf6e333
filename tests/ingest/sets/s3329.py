DAY = "1940-06-11"
SENTS = [
 ("Italy declared war on Britain and France on Monday, and Mussolini told a crowd in Rome that the hour of irrevocable decisions had struck.", ["ITA ATTACKS GBR", "ITA ATTACKS FRA"], ["person:benito-mussolini LEADS ITA"]),
 ("President Roosevelt said in a speech at Charlottesville that Italy had struck a dagger into the back of its neighbour.", ["person:franklin-d-roosevelt CONDEMNS ITA"], ["person:franklin-d-roosevelt LEADS USA", "ITA ATTACKS FRA"]),
 ("Italian aircraft raided Malta at dawn on Tuesday.", [], ["ITA ATTACKS GBR", "ITA ATTACKS MLT"]),
 ("German troops are less than forty miles from Paris, and the French government has left the capital for Tours.", [], ["DEU ATTACKS FRA", "DEU DEPLOYS_TROOPS FRA"]),
 ("Turkey, bound by its alliance with Britain and France, has not yet said whether it will join them.", ["TUR ALLIED_WITH GBR", "TUR ALLIED_WITH FRA"], []),
]
