DAY = "1939-08-24"
SENTS = [
 ("Ribbentrop and Molotov signed a ten-year non-aggression pact in Moscow on Wednesday night, with Stalin looking on.", ["person:joachim-von-ribbentrop MEETS person:vyacheslav-molotov"], ["DEU ALLIED_WITH SUN", "person:joachim-von-ribbentrop MEETS SUN", "person:joseph-stalin MEETS person:joachim-von-ribbentrop"]),
 ("Under its terms neither country will help a third power that goes to war with the other.", [], []),
 ("The treaty was greeted with dismay in London and Paris, whose military missions have been negotiating in Moscow for a fortnight.", [], ["GBR MEETS SUN", "FRA MEETS SUN"]),
 ("Tokyo, which signed the Anti-Comintern Pact with Berlin in 1936, protested that the agreement violated the spirit of that pact.", ["JPN CONDEMNS DEU"], ["JPN ALLIED_WITH DEU"]),
 ("Mr. Chamberlain told Hitler in a letter that Britain would stand by its guarantee to Poland whatever the pact said.", [], ["GBR ALLIED_WITH POL", "person:neville-chamberlain LEADS GBR", "person:neville-chamberlain MEETS person:adolf-hitler"]),
]
