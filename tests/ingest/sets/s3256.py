DAY = "1996-11-02"
SENTS = [
 ("Tutsi-led rebels captured Goma on Friday after two days of shelling, and Zaire accused the Rwandan army of fighting alongside them.", ["COD CONDEMNS RWA"], ["RWA ATTACKS COD"]),
 ("Rwandan artillery had pounded Zairean army positions around the town from across the border in Gisenyi, witnesses said.", ["RWA ATTACKS COD"], []),
 ("Rwanda denied sending troops into Zaire but said it had the right to defend itself against Hutu militias operating from the camps.", [], ["RWA DEPLOYS_TROOPS COD"]),
 ("France, Zaire's longtime ally, called for an international force to protect the refugees.", ["FRA ALLIED_WITH COD"], []),
 ("In Kinshasa, Prime Minister Kengo wa Dondo denounced the Rwandan incursion as naked aggression against a sovereign state.", ["person:kengo-wa-dondo CONDEMNS RWA"], ["person:kengo-wa-dondo LEADS COD"]),
]
