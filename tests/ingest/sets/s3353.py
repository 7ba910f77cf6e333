DAY = "1939-03-16"
SENTS = [
 ("German troops occupied Bohemia and Moravia on Wednesday, and Hitler spent the night in the Hradcany castle in Prague.", ["DEU ATTACKS CSK", "DEU DEPLOYS_TROOPS CSK"], ["person:adolf-hitler MEETS CSK"]),
 ("President Hacha, summoned to Berlin on Tuesday night, signed a declaration placing the fate of the Czech people in the Fuehrer's hands.", ["person:hacha MEETS DEU"], ["person:hacha LEADS CSK", "person:hacha MEETS person:adolf-hitler"]),
 ("Slovakia proclaimed its independence under German protection a day earlier, and Hungarian troops have marched into Ruthenia.", ["DEU SUPPORTS SVK"], ["HUN ATTACKS CSK", "HUN DEPLOYS_TROOPS CSK"]),
 ("Washington said it would not recognise the annexation and condemned what it called wanton lawlessness.", [], ["USA CONDEMNS DEU"]),
 ("Moscow has refused to recognise the German occupation as legal.", ["SUN CONDEMNS DEU"], ["DEU DEPLOYS_TROOPS CSK"]),
]
