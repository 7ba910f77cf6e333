DAY = "1939-09-18"
SENTS = [
 ("The Red Army crossed Poland's eastern frontier at dawn on Sunday along its entire length, from Latvia to Romania.", ["SUN DEPLOYS_TROOPS POL"], ["SUN ATTACKS POL"]),
 ("Molotov told the Polish ambassador in Moscow that the Polish state had ceased to exist and that Soviet troops were taking under their protection the Ukrainians and Belorussians of eastern Poland.", [], ["person:vyacheslav-molotov MEETS POL"]),
 ("German and Soviet forces met near Brest-Litovsk, where their commanders agreed on a line between their armies.", [], ["DEU MEETS SUN", "DEU DEPLOYS_TROOPS POL", "SUN DEPLOYS_TROOPS POL"]),
 ("The Polish government crossed into Romania overnight, where it has been interned.", [], []),
 ("Britain, which went to war with Germany on September 3 to honour its guarantee to Poland, said the Soviet invasion did not oblige it to fight Moscow.", ["GBR ATTACKS DEU", "DEU ATTACKS GBR", "GBR ALLIED_WITH POL"], ["SUN ATTACKS POL"]),
]
