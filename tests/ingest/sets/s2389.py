DAY = "2004-03-31"
SENTS = [
 ("Dominica switched diplomatic recognition from Taiwan to China on Tuesday after Beijing promised the Caribbean island $112 million in aid over six years.", ["DMA SUPPORTS CHN"], ["CHN SUPPORTS DMA"]),
 ("Prime Minister Roosevelt Skerrit said the aid would pay for a new cricket stadium, a highway and a hospital.", [], ["person:roosevelt-skerrit LEADS DMA"]),
 ("Taiwan's foreign ministry condemned the decision and accused China of buying off Dominica with cash.", ["TWN CONDEMNS CHN"], ["TWN CONDEMNS DMA"]),
 ("Taiwan had given Dominica about $9 million a year in grants and built roads and schools on the island.", ["TWN SUPPORTS DMA"], []),
 ("Grenada is expected to follow Dominica's lead, diplomats in the region said.", [], []),
]
