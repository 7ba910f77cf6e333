DAY = "2002-09-25"
SENTS = [
 ("French troops moved into the rebel-held city of Bouake in Ivory Coast on Wednesday to evacuate foreign children trapped by the fighting.", ["FRA DEPLOYS_TROOPS CIV"], []),
 ("About 200 US special forces flew in from a base in Germany to help evacuate American citizens.", [], ["USA DEPLOYS_TROOPS CIV"]),
 ("President Laurent Gbagbo has accused neighbouring Burkina Faso of backing the mutinous soldiers who seized Bouake and Korhogo last week.", ["person:laurent-gbagbo CONDEMNS BFA"], ["person:laurent-gbagbo LEADS CIV"]),
 ("Burkina Faso denied any involvement and closed its border with Ivory Coast.", [], []),
 ("France, which keeps a permanent garrison of about 600 soldiers near Abidjan under a defence agreement, has refused to intervene directly.", ["FRA DEPLOYS_TROOPS CIV"], ["FRA ALLIED_WITH CIV"]),
]
