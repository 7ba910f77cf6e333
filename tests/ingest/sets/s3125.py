DAY = "1979-09-22"
SENTS = [
 ("French paratroopers flew into Bangui on Friday and helped install David Dacko as president after Emperor Jean-Bedel Bokassa was deposed while he was on a visit to Libya.", ["FRA DEPLOYS_TROOPS CAF", "FRA SUPPORTS person:david-dacko"], ["person:david-dacko LEADS CAF", "person:jean-bedel-bokassa MEETS LBY"]),
 ("Paris had cut its aid to the Central African Empire in August after an African inquiry found that Bokassa had taken part in the massacre of schoolchildren in April.", [], ["FRA SANCTIONS CAF", "FRA CONDEMNS person:jean-bedel-bokassa"]),
 ("Mr Dacko, who ruled the country until Bokassa overthrew him in 1965, restored the republic and asked France to keep its troops in Bangui.", [], ["FRA DEPLOYS_TROOPS CAF"]),
 ("Libya, which had sent military advisers to the emperor, denounced the operation as French colonial aggression.", ["LBY CONDEMNS FRA"], ["LBY SUPPORTS person:jean-bedel-bokassa"]),
 ("The deposed emperor's plane landed at a French air base near Paris on Saturday, but the government refused to let him stay and he flew on to Ivory Coast.", [], ["person:jean-bedel-bokassa MEETS FRA", "person:jean-bedel-bokassa MEETS CIV"]),
]
