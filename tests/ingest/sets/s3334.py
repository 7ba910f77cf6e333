DAY = "1941-04-07"
SENTS = [
 ("Without a declaration of war, German aircraft bombed Belgrade at dawn on Sunday while German columns crossed into Yugoslavia from Bulgaria, Rumania and Austria.", ["DEU ATTACKS YUG"], ["DEU DEPLOYS_TROOPS YUG", "DEU DEPLOYS_TROOPS BGR", "DEU DEPLOYS_TROOPS ROU"]),
 ("At the same hour the German army in Bulgaria opened an attack on the Greek fortifications of the Metaxas Line.", ["DEU ATTACKS GRC"], ["DEU DEPLOYS_TROOPS BGR"]),
 ("Only hours before the attack, Moscow and the Yugoslav envoys had put their names to a pact of friendship and non-aggression.", [], ["SUN ALLIED_WITH YUG", "SUN MEETS YUG"]),
 ("General Simovic, the Yugoslav prime minister, ordered general mobilisation and appealed to Britain for help.", ["person:simovic LEADS YUG"], ["YUG MEETS GBR", "person:simovic MEETS GBR"]),
 ("Budapest has allowed German troops to use Hungarian railways, and Hungary's prime minister, Count Teleki, shot himself on Thursday rather than join the attack.", ["HUN SUPPORTS DEU", "person:teleki LEADS HUN"], ["DEU DEPLOYS_TROOPS HUN"]),
]
