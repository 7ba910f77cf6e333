DAY = "1925-10-24"
SENTS = [
 ("Greek troops crossed into Bulgaria near Petrich on Thursday and shelled several villages after a Greek soldier was shot dead at a frontier post.", ["GRC ATTACKS BGR", "GRC DEPLOYS_TROOPS BGR"], []),
 ("Sofia, whose army was cut to 20,000 men by the peace treaty, ordered its troops not to resist and appealed to the League of Nations.", [], ["BGR MEETS org:LEAGUE_OF_NATIONS"]),
 ("M. Briand, the president of the Council of the League, telegraphed both governments urging them to halt all military movements.", [], ["person:aristide-briand MEETS GRC", "person:aristide-briand MEETS BGR"]),
 ("General Pangalos, the Greek dictator, says the Bulgarians fired first and that his troops will withdraw once Bulgaria gives satisfaction.", ["person:pangalos CONDEMNS BGR", "person:pangalos LEADS GRC"], []),
]
