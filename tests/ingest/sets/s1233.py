DAY = "2024-09-10"
SENTS = [
 ("Germany and France sent tanks and fighter jets to Ukraine and Romania, respectively.", ["DEU SUPPLIES_ARMS UKR", "FRA SUPPLIES_ARMS ROU"]),
 ("Both Poland and the Baltic states have stationed Patriot batteries provided by the Americans on their territory.", ["USA SUPPLIES_ARMS POL"], ["USA SUPPLIES_ARMS EST", "USA SUPPLIES_ARMS LVA", "USA SUPPLIES_ARMS LTU"]),
 ("The drones that struck Kyiv on Monday were Iranian-designed but Russian-built, officials said.", [], ["IRN SUPPLIES_ARMS RUS", "RUS ATTACKS UKR"]),
 ("Moscow's war on its neighbour has now lasted longer than the Soviet Union's war against Nazi Germany.", ["RUS ATTACKS UKR"], []),
 ("Kyiv was visited this week by Polish President Andrzej Duda and, separately, by the Lithuanian foreign minister.", ["person:andrzej-duda MEETS UKR", "LTU MEETS UKR"], ["person:andrzej-duda LEADS POL"]),
]
