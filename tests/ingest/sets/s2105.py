DAY = "1957-03-25"
SENTS = [
 ("France, West Germany, Italy, Belgium, the Netherlands and Luxembourg signed treaties in Rome on Monday creating a European Economic Community and an atomic energy pool, Euratom.", ["FRA MEMBER_OF org:EU", "DEU MEMBER_OF org:EU", "ITA MEMBER_OF org:EU", "BEL MEMBER_OF org:EU", "NLD MEMBER_OF org:EU", "LUX MEMBER_OF org:EU"], ["FRA MEETS DEU", "FRA MEETS ITA", "FRA MEETS BEL", "FRA MEETS NLD", "FRA MEETS LUX", "DEU MEETS ITA", "DEU MEETS BEL", "DEU MEETS NLD", "DEU MEETS LUX", "ITA MEETS BEL", "ITA MEETS NLD", "ITA MEETS LUX", "BEL MEETS NLD", "BEL MEETS LUX", "NLD MEETS LUX"]),
 ("The common market will abolish tariffs between the six countries over twelve to fifteen years and set up a common tariff on goods from outside.", [], []),
 ("Chancellor Konrad Adenauer of West Germany signed for his country, and Foreign Minister Christian Pineau for France.", ["person:konrad-adenauer LEADS DEU"], ["person:konrad-adenauer MEETS person:christian-pineau"]),
 ("Britain declined to join, and has proposed instead a wider free trade area in which the six would take part.", [], []),
 ("The treaties must still be ratified by the six parliaments.", [], []),
]
