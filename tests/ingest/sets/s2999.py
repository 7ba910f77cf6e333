DAY = "1945-01-05"
SENTS = [
 ("The Soviet Union today recognized the Lublin committee as the Provisional Government of Poland, over the objections of Britain and the United States.", ["SUN SUPPORTS POL"], ["GBR CONDEMNS SUN", "USA CONDEMNS SUN"]),
 ("The Polish Government in London, which Washington and London still recognize, protested the decision as a blow to Poland's independence.", ["USA SUPPORTS POL", "GBR SUPPORTS POL"], ["POL CONDEMNS SUN"]),
 ("Marshal Stalin informed President Roosevelt of the step in a personal message last week.", [], ["person:franklin-d-roosevelt LEADS USA"]),
 ("Red Army troops and the Polish First Army are massed along the Vistula opposite Warsaw.", [], ["SUN DEPLOYS_TROOPS POL"]),
 ("Prime Minister Churchill told the Commons that Britain had gone to war for a free and independent Poland.", [], ["person:winston-churchill LEADS GBR", "GBR SUPPORTS POL"]),
]
