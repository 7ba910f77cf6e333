DAY = "1954-11-03"
SENTS = [
 ("Rebels attacked French army posts and police stations across Algeria in the early hours of Monday, killing seven people.", [], []),
 ("The French government flew three battalions of paratroops from the mainland to Algeria on Tuesday.", [], ["FRA DEPLOYS_TROOPS DZA"]),
 ("Interior Minister Francois Mitterrand told the Assembly that Algeria is France and that there could be no negotiation with the rebels.", [], []),
 ("Prime Minister Mendes France accused the Cairo radio of stirring up the revolt.", ["person:pierre-mendes-france CONDEMNS EGY"], ["person:pierre-mendes-france LEADS FRA"]),
 ("Egypt denied any part in the rising but said it stood behind the struggle of the Arab peoples of North Africa.", [], []),
]
