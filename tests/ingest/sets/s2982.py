DAY = "1949-11-23"
SENTS = [
 ("The three Western High Commissioners and Chancellor Konrad Adenauer signed an agreement at the Petersberg near Bonn yesterday that halts the dismantling of most German steel plants.", [], ["person:konrad-adenauer LEADS DEU"]),
 ("In return the Federal Republic will join the International Authority for the Ruhr and work with the Allied Military Security Board.", [], []),
 ("West Germany will also be allowed to open consulates abroad and to build ocean-going ships again.", [], []),
 ("The Social Democratic leader, Kurt Schumacher, called Dr. Adenauer the chancellor of the Allies.", [], []),
 ("France, which occupies the Saar, insisted that the territory be kept out of the agreement.", [], ["FRA DEPLOYS_TROOPS DEU"]),
]
