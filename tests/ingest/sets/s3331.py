DAY = "1941-06-23"
SENTS = [
 ("German armies invaded the Soviet Union at dawn on Sunday on a front running from the Baltic to the Black Sea, and German bombers raided Kiev, Sevastopol and Kaunas.", ["DEU ATTACKS SUN"], ["DEU DEPLOYS_TROOPS SUN"]),
 ("Molotov, the Soviet foreign commissar, said by radio that Germany had attacked without any declaration of war and without presenting a single complaint.", ["person:vyacheslav-molotov CONDEMNS DEU", "DEU ATTACKS SUN"], ["SUN CONDEMNS DEU"]),
 ("Rumanian divisions joined the offensive across the Prut, and Finland has let German troops operate from Lapland.", ["FIN SUPPORTS DEU"], ["ROU ATTACKS SUN", "ROU ALLIED_WITH DEU", "DEU DEPLOYS_TROOPS FIN"]),
 ("Italy declared war on the Soviet Union within hours, Count Ciano handing the declaration to the Soviet ambassador in Rome.", ["ITA ATTACKS SUN"], []),
 ("Mr. Churchill said in a broadcast on Sunday night that Britain would give Russia and the Russian people whatever help it could.", [], ["GBR SUPPORTS SUN", "person:winston-churchill LEADS GBR"]),
]
