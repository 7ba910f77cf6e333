DAY = "2016-07-17"
SENTS = [
 ("Turkish President Recep Tayyip Erdogan said the government had crushed a coup attempt by a faction of the army, in which more than 260 people were killed.", ["person:recep-tayyip-erdogan LEADS TUR"], []),
 ("Erdogan blamed the plot on Fethullah Gulen, a cleric living in Pennsylvania, and demanded that the United States extradite him.", [], ["person:recep-tayyip-erdogan CONDEMNS USA"]),
 ("Secretary of State John Kerry said Washington would consider any extradition request but needed evidence.", [], []),
 ("A Turkish minister suggested the United States was behind the coup, a claim Kerry called utterly false.", [], ["TUR CONDEMNS USA"]),
 ("Turkey closed its airspace to US aircraft flying from the Incirlik air base against Islamic State for two days.", [], ["TUR SANCTIONS USA", "USA DEPLOYS_TROOPS TUR", "USA ATTACKS org:ISIS"]),
]
