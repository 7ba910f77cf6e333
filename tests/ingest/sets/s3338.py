DAY = "1943-04-27"
SENTS = [
 ("The Soviet Union has broken off relations with the Polish government in London, which had asked the International Red Cross to investigate the German report of a mass grave of Polish officers at Katyn.", [], ["SUN CONDEMNS POL"]),
 ("In a note handed to the Polish ambassador, Molotov accused General Sikorski's government of joining in a slanderous campaign with Hitler.", ["person:vyacheslav-molotov CONDEMNS POL"], ["person:wladyslaw-sikorski LEADS POL"]),
 ("Berlin radio announced last week that German troops had found the bodies of thousands of Polish officers it said the Russians had shot in 1940.", ["DEU CONDEMNS SUN"], ["DEU DEPLOYS_TROOPS SUN"]),
 ("Moscow insists the officers were murdered by the Germans after they overran the Smolensk region in 1941.", ["SUN CONDEMNS DEU"], ["DEU ATTACKS SUN"]),
 ("Mr. Churchill has urged Stalin not to let the quarrel damage the alliance, and President Roosevelt sent a similar message to the Kremlin.", [], ["person:winston-churchill MEETS person:joseph-stalin", "GBR ALLIED_WITH SUN", "person:franklin-d-roosevelt MEETS SUN", "USA ALLIED_WITH SUN"]),
]
