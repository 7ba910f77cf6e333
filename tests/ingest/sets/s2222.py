DAY = "1951-04-11"
SENTS = [
 ("President Truman relieved General Douglas MacArthur of his commands in Korea and Japan on Wednesday, saying he had failed to support the administration's policies.", [], ["person:harry-s-truman LEADS USA"]),
 ("MacArthur had publicly called for bombing bases in Communist China and for using Chiang Kai-shek's Nationalist troops on Formosa against the mainland.", [], []),
 ("General Matthew Ridgway, commander of the Eighth Army in Korea, will replace him.", [], []),
 ("Britain, which has troops fighting in Korea under the United Nations command, welcomed the decision.", ["GBR DEPLOYS_TROOPS KOR"], ["GBR SUPPORTS USA"]),
 ("Chinese troops entered the war in November, attacking American and South Korean units.", ["CHN ATTACKS USA", "CHN ATTACKS KOR"], ["CHN DEPLOYS_TROOPS KOR"]),
]
