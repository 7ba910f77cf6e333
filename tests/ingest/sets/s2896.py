DAY = "1945-04-28"
SENTS = [
 ("American and Russian troops met on the Elbe at Torgau on Wednesday afternoon, cutting Germany in two.", [], ["USA DEPLOYS_TROOPS DEU", "SUN DEPLOYS_TROOPS DEU", "USA ATTACKS DEU", "SUN ATTACKS DEU"]),
 ("The link-up was announced at the same hour in Washington, London and Moscow by President Truman, Prime Minister Churchill and Marshal Stalin.", [], ["person:harry-s-truman LEADS USA", "person:winston-churchill LEADS GBR", "person:joseph-stalin LEADS SUN"]),
 ("Russian armies have encircled Berlin and are fighting in the streets of the German capital.", ["SUN ATTACKS DEU"], []),
 ("Italian partisans captured Benito Mussolini near Lake Como and shot him on Saturday, the Milan radio reported.", [], []),
 ("Heinrich Himmler has offered to surrender Germany to Britain and the United States, but not to Russia.", [], []),
 ("London and Washington rejected the offer and insisted on unconditional surrender to all three powers.", [], []),
]
