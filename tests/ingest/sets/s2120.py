DAY = "1994-12-12"
SENTS = [
 ("Russian troops and tanks rolled into Chechnya on Sunday to crush the breakaway region's three-year bid for independence.", [], []),
 ("President Boris Yeltsin said the troops would restore constitutional order.", [], ["person:boris-yeltsin LEADS RUS"]),
 ("Chechen leader Dzhokhar Dudayev vowed to fight.", [], []),
 ("The United States called the conflict an internal Russian affair, while Estonia and Latvia condemned Russia's use of force.", ["EST CONDEMNS RUS", "LVA CONDEMNS RUS"], []),
 ("Ukraine's President Leonid Kuchma urged Moscow to seek a peaceful settlement.", ["person:leonid-kuchma LEADS UKR"], []),
]
