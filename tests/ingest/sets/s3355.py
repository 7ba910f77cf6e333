DAY = "1934-07-27"
SENTS = [
 ("Chancellor Dollfuss of Austria was shot dead in his chancellery in Vienna on Wednesday by Austrian Nazis who seized the building for several hours.", ["person:dollfuss LEADS AUT"], []),
 ("Mussolini ordered four divisions to the Brenner Pass within hours and telegraphed the Austrian vice-chancellor that Italy would defend Austria's independence.", [], ["ITA SUPPORTS AUT", "ITA ALLIED_WITH AUT", "person:benito-mussolini LEADS ITA", "person:benito-mussolini MEETS AUT"]),
 ("The Italian press accused Berlin of having armed and directed the conspirators, a charge the German government denies.", [], ["ITA CONDEMNS DEU"]),
 ("Hitler recalled his minister in Vienna, whose name had been mentioned by the rebels, and sent Franz von Papen to replace him.", [], ["person:adolf-hitler LEADS DEU", "DEU MEETS AUT"]),
]
