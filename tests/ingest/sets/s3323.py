DAY = "1937-04-28"
SENTS = [
 ("German bombers of the Condor Legion destroyed the Basque town of Guernica on Monday afternoon, killing hundreds of civilians on market day.", ["DEU ATTACKS ESP"], []),
 ("The Basque president, José Antonio Aguirre, accused the German airmen in Franco's service of the most terrible crime of the war.", [], ["ESP CONDEMNS DEU"]),
 ("General Franco's headquarters in Salamanca denied that any aircraft had flown that day and said retreating Basque militiamen had burnt the town themselves.", [], []),
 ("The Non-Intervention Committee in London has yet to act on charges that Germany and Italy are sending troops and aircraft to the rebels in breach of the agreement they signed.", [], ["DEU SUPPORTS person:francisco-franco", "ITA SUPPORTS person:francisco-franco"]),
 ("Moscow's delegate called for an inquiry, recalling that Berlin had promised not to intervene in Spain.", [], ["SUN CONDEMNS DEU"]),
]
