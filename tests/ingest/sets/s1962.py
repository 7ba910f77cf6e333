DAY = "2010-11-18"
SENTS = [
 ("Costa Rica asked the International Court of Justice on Thursday to order Nicaragua to withdraw its troops from a disputed island in the San Juan river.", ["CRI CONDEMNS NIC"], ["NIC DEPLOYS_TROOPS CRI"]),
 ("President Laura Chinchilla accused Nicaragua of invading Costa Rican territory and said her country, which has no army, would defend itself through international law.", ["person:laura-chinchilla CONDEMNS NIC"], ["CRI CONDEMNS NIC", "person:laura-chinchilla LEADS CRI"]),
 ("Nicaraguan President Daniel Ortega rejected a resolution of the Organization of American States that called on both countries to withdraw their forces from the area.", ["person:daniel-ortega LEADS NIC"], []),
 ("Costa Rica recalled its ambassador from Managua last month.", [], []),
 ("Ortega said Nicaragua would not withdraw and accused Costa Rica of allying with drug traffickers.", ["person:daniel-ortega CONDEMNS CRI"], []),
]
