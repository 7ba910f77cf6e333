DAY = "1940-10-29"
SENTS = [
 ("Italian forces invaded Greece from Albania early on Monday, three hours after the Greek prime minister, General Ioannis Metaxas, rejected an Italian ultimatum demanding free passage for Italian troops.", ["ITA ATTACKS GRC", "person:ioannis-metaxas LEADS GRC"], ["ITA DEPLOYS_TROOPS GRC", "person:ioannis-metaxas CONDEMNS ITA"]),
 ("Patras was bombed twice during the day by Italian planes flying from bases in Albania and the Dodecanese.", ["ITA ATTACKS GRC"], []),
 ("Britain promised immediate help under its guarantee of April 1939, and Royal Air Force squadrons are expected in Greece within days.", [], ["GBR ALLIED_WITH GRC", "GBR SUPPORTS GRC", "GBR DEPLOYS_TROOPS GRC"]),
 ("Hitler, who met Mussolini in Florence on Monday, was said to have been told of the attack only at the last moment.", ["person:adolf-hitler MEETS person:benito-mussolini"], ["person:adolf-hitler MEETS ITA"]),
 ("Turkey and Yugoslavia, Greece's neighbours, declared that they would remain neutral.", [], []),
]
