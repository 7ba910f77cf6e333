DAY = "1963-01-22"
SENTS = [
 ("President de Gaulle and Chancellor Adenauer signed a treaty of friendship and cooperation at the Elysee Palace on Tuesday, pledging France and West Germany to consult on all important questions of foreign and defence policy.", ["person:charles-de-gaulle MEETS person:konrad-adenauer", "DEU ALLIED_WITH FRA"], ["person:konrad-adenauer MEETS FRA", "person:charles-de-gaulle LEADS FRA", "person:konrad-adenauer LEADS DEU", "person:charles-de-gaulle ALLIED_WITH person:konrad-adenauer", "DEU MEETS FRA"]),
 ("The treaty came eight days after de Gaulle vetoed Britain's application to join the Common Market.", [], ["person:charles-de-gaulle VETOES GBR", "FRA VETOES GBR"]),
 ("The Kennedy administration fears the treaty could weaken NATO and American influence in Europe.", [], []),
 ("Adenauer, 87, called reconciliation with France the crowning achievement of his career.", [], ["person:konrad-adenauer SUPPORTS FRA"]),
 ("The Soviet Union protested that the treaty was aimed at arming West Germany with nuclear weapons.", [], ["SUN CONDEMNS DEU", "SUN CONDEMNS FRA"]),
 ("West Germany has 12 divisions assigned to NATO, and American troops remain stationed on its territory.", ["USA DEPLOYS_TROOPS DEU"], ["DEU MEMBER_OF org:NATO"]),
]
