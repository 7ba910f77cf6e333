DAY = "1956-10-22"
SENTS = [
 ("Wladyslaw Gomulka was elected first secretary of the Polish Communist Party on Sunday after a Soviet delegation led by Nikita Khrushchev flew to Warsaw unannounced and failed to block his return.", ["person:nikita-khrushchev MEETS POL", "SUN MEETS POL"], ["person:wladyslaw-gomulka LEADS POL"]),
 ("Soviet troops stationed in Poland moved toward Warsaw during the talks before being ordered back to their bases.", ["SUN DEPLOYS_TROOPS POL"], []),
 ("Gomulka told the Soviet leaders that Poland would remain in the Warsaw Pact but would choose its own road to socialism.", ["POL MEMBER_OF org:WARSAW_PACT"], ["person:wladyslaw-gomulka MEETS SUN"]),
 ("Marshal Konstantin Rokossovsky, the Soviet-born defence minister, was dropped from the party leadership.", [], []),
 ("Yugoslavia's President Tito praised the Polish leadership.", ["person:josip-broz-tito LEADS YUG", "person:josip-broz-tito SUPPORTS POL"], ["YUG SUPPORTS POL"]),
]
