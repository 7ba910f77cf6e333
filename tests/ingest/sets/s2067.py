DAY = "1990-10-03"
SENTS = [
 ("Germany was reunited at midnight on Wednesday when the German Democratic Republic acceded to the Federal Republic, ending 45 years of division.", [], []),
 ("Chancellor Helmut Kohl said a united Germany would remain a member of NATO and the European Community.", ["DEU MEMBER_OF org:NATO", "DEU MEMBER_OF org:EU"], ["person:helmut-kohl LEADS DEU"]),
 ("The Soviet Union agreed in July to the united country's membership of NATO after Kohl promised economic aid and a cap on the size of the German army.", [], ["DEU MEMBER_OF org:NATO", "person:helmut-kohl SUPPORTS SUN", "DEU SUPPORTS SUN"]),
 ("About 380,000 Soviet troops remain in eastern Germany and are to leave by the end of 1994.", ["SUN DEPLOYS_TROOPS DEU"], []),
 ("President George Bush sent a message of congratulations to Kohl.", ["person:george-h-w-bush SUPPORTS person:helmut-kohl"], ["person:george-h-w-bush LEADS USA"]),
]
