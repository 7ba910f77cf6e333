DAY = "2015-06-04"
SENTS = [
 ("Philippine President Benigno Aquino compared China's actions in the South China Sea to Nazi Germany's expansion in Europe in a speech in Tokyo on Wednesday.", ["person:benigno-aquino-iii CONDEMNS CHN", "person:benigno-aquino-iii LEADS PHL"], ["person:benigno-aquino-iii MEETS JPN"]),
 ("China's foreign ministry said it was shocked and deeply dissatisfied by the remarks.", [], ["CHN CONDEMNS person:benigno-aquino-iii", "CHN CONDEMNS PHL"]),
 ("Aquino and Shinzo Abe agreed to start talks on a pact that would let Japanese military aircraft and ships refuel at Philippine bases.", [], ["person:benigno-aquino-iii MEETS person:shinzo-abe", "JPN ALLIED_WITH PHL", "JPN DEPLOYS_TROOPS PHL"]),
 ("Japan has also promised ten patrol boats to the Philippine coast guard.", [], ["JPN SUPPLIES_ARMS PHL", "JPN SUPPORTS PHL"]),
 ("Abe said Japan was seriously concerned about China's large-scale land reclamation on disputed reefs.", ["person:shinzo-abe CONDEMNS CHN"], ["JPN CONDEMNS CHN"]),
]
