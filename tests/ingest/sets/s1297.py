DAY = "2025-04-29"
SENTS = [
 ("India signed a deal worth about 7 billion dollars on Monday to buy 26 Rafale Marine fighters from France for its aircraft carriers.", ["FRA SUPPLIES_ARMS IND"]),
 ("The Indian air force already operates 36 Rafale jets bought in 2016.", [], ["FRA SUPPLIES_ARMS IND"]),
 ("Dassault Aviation will also set up a facility in Hyderabad to make fuselage sections.", [], []),
 ("Indonesia has ordered 42 Rafales, and Serbia 12.", [], ["FRA SUPPLIES_ARMS IDN", "FRA SUPPLIES_ARMS SRB"]),
 ("France has overtaken Russia as India's second-largest arms supplier after the United States.", ["FRA SUPPLIES_ARMS IND"], ["RUS SUPPLIES_ARMS IND", "USA SUPPLIES_ARMS IND"]),
]
