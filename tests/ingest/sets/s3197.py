DAY = "1975-04-14"
SENTS = [
 ("President Francois Tombalbaye of Chad was killed on Sunday when army units stormed his residence in Ndjamena.", ["person:francois-tombalbaye LEADS TCD"], []),
 ("The mutineers freed General Felix Malloum, the former chief of staff jailed since 1973, and put him at the head of a Supreme Military Council.", [], ["person:felix-malloum LEADS TCD"]),
 ("Some 2,000 French soldiers stationed in Chad stayed in their barracks during the coup, the Defence Ministry in Paris said.", ["FRA DEPLOYS_TROOPS TCD"], []),
 ("Tombalbaye had charged Paris last year with plotting against him with his enemies, and in 1973 he expelled several French officials.", ["person:francois-tombalbaye CONDEMNS FRA"], []),
]
