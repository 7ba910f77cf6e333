DAY = "1993-09-28"
SENTS = [
 ("Abkhaz separatists captured Sukhumi, the capital of the breakaway region, on Monday, and Georgian troops fled toward the Black Sea coast after two weeks of fighting.", [], []),
 ("Eduard Shevardnadze, Georgia's head of state, accused Russia of helping the rebels and said Moscow had betrayed the ceasefire it guaranteed in July.", ["person:eduard-shevardnadze LEADS GEO", "person:eduard-shevardnadze CONDEMNS RUS"], []),
 ("Russian officers and Chechen volunteers have fought alongside the separatists, according to Georgian and Western officials.", [], []),
 ("President Boris Yeltsin denied that Russian forces had taken part and called for an immediate end to the fighting.", [], ["person:boris-yeltsin LEADS RUS"]),
 ("Mr Shevardnadze, who had refused to join the Commonwealth of Independent States, said Georgia might now have to seek Moscow's help against the followers of his ousted predecessor, Zviad Gamsakhurdia.", [], []),
]
