DAY = "2010-11-13"
SENTS = [
 ("Costa Rica accused Nicaragua on Tuesday of invading its territory after Nicaraguan soldiers crossed the San Juan river and raised their flag on Isla Calero, a marshy island near the river's mouth.", ["CRI CONDEMNS NIC"], ["NIC DEPLOYS_TROOPS CRI", "NIC ATTACKS CRI"]),
 ("Costa Rican President Laura Chinchilla, whose country abolished its army in 1948, said she would take the dispute to the Organization of American States rather than answer with force.", ["person:laura-chinchilla LEADS CRI"], ["person:laura-chinchilla CONDEMNS NIC"]),
 ("Nicaragua's Daniel Ortega rejected an OAS resolution urging both sides to pull back, saying his troops were on Nicaraguan soil and were clearing the river of drug traffickers.", [], ["person:daniel-ortega LEADS NIC", "person:daniel-ortega CONDEMNS org:OAS", "NIC CONDEMNS org:OAS"]),
 ("Costa Rica later filed a case against Nicaragua at the International Court of Justice, which in March ordered both countries to keep their forces off the island.", ["CRI CONDEMNS NIC"], []),
]
