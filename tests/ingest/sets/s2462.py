DAY = "2012-10-12"
SENTS = [
 ("Turkish fighter jets forced a Syrian passenger plane flying from Moscow to Damascus to land in Ankara on Wednesday, and officials seized what Turkey said was military equipment bound for the Syrian army.", [], ["TUR SANCTIONS SYR", "RUS SUPPLIES_ARMS SYR"]),
 ("Prime Minister Recep Tayyip Erdogan said the cargo came from a Russian arms supplier and was meant for the Syrian defence ministry.", [], ["person:recep-tayyip-erdogan LEADS TUR", "RUS SUPPLIES_ARMS SYR"]),
 ("Russia said the cargo was legal radar equipment and accused Turkey of endangering the lives of Russian passengers.", ["RUS CONDEMNS TUR"], []),
 ("Syria called the interception an act of air piracy and banned Turkish civilian flights from its airspace.", [], ["SYR SANCTIONS TUR", "SYR CONDEMNS TUR"]),
 ("Turkey responded by closing its own airspace to Syrian planes.", [], ["TUR SANCTIONS SYR"]),
]
