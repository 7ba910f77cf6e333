DAY = "1938-03-13"
SENTS = [
 ("German troops crossed into Austria at dawn on Saturday and were greeted with flowers and Nazi salutes in Linz and Salzburg.", ["DEU DEPLOYS_TROOPS AUT"], ["DEU ATTACKS AUT"]),
 ("Hitler, who was born in the Austrian town of Braunau, followed his army across the border in the afternoon.", [], ["person:adolf-hitler LEADS DEU"]),
 ("Chancellor Kurt von Schuschnigg resigned on Friday night after Berlin demanded that he call off his plebiscite on Austrian independence.", [], ["DEU CONDEMNS AUT"]),
 ("The British and French ambassadors lodged protests in Berlin on Friday evening, but Mussolini sent word that Italy would not intervene.", ["GBR CONDEMNS DEU", "FRA CONDEMNS DEU"], ["person:benito-mussolini LEADS ITA"]),
 ("Czechoslovakia, which borders both Austria and Germany, was assured by Goering that German soldiers would keep away from its frontier.", [], []),
]
