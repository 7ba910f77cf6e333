DAY = "1940-09-28"
SENTS = [
 ("Germany, Italy and Japan signed a ten-year military alliance in Berlin on Friday, pledging to help one another if attacked by a power not yet at war.", ["DEU ALLIED_WITH ITA", "DEU ALLIED_WITH JPN", "ITA ALLIED_WITH JPN"], []),
 ("Ribbentrop, Ciano and the Japanese ambassador, Saburo Kurusu, signed the pact at the Reich Chancellery in Hitler's presence.", [], ["person:adolf-hitler MEETS JPN"]),
 ("The pact recognises Japan's leadership in establishing a new order in Greater East Asia.", [], []),
 ("Secretary of State Cordell Hull said the agreement did not substantially alter a situation that had existed for several years.", [], []),
 ("Washington last week banned the export of scrap iron and steel to Japan.", ["USA SANCTIONS JPN"], []),
]
