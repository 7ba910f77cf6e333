DAY = "2008-01-15"
SENTS = [
 ("Nicolas Sarkozy signed an agreement in Abu Dhabi on Tuesday to open a permanent French military base in the United Arab Emirates, the first in the Gulf.", ["FRA DEPLOYS_TROOPS ARE"], ["person:nicolas-sarkozy MEETS ARE", "FRA ALLIED_WITH ARE"]),
 ("The base, which will house up to 500 troops, will face Iran across the Strait of Hormuz.", [], []),
 ("Sarkozy also signed a deal to help the Emirates build two nuclear power reactors, after similar agreements with Libya and Algeria.", ["FRA TRADES_WITH ARE"], ["person:nicolas-sarkozy MEETS ARE"]),
 ("Iran said the base would not help security in the region.", [], ["IRN CONDEMNS FRA"]),
 ("The Emirates have bought Mirage fighter jets and Leclerc tanks from France.", ["FRA SUPPLIES_ARMS ARE"], []),
]
