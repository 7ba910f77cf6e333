DAY = "1989-11-10"
SENTS = [
 ("East Germany opened its borders on Thursday night, and thousands of East Berliners poured through checkpoints in the Berlin Wall into the West.", [], []),
 ("Chancellor Helmut Kohl cut short a visit to Poland and flew to Berlin, where he told a crowd that Germans belonged together.", ["person:helmut-kohl MEETS POL"], ["person:helmut-kohl LEADS DEU"]),
 ("East German leader Egon Krenz, who replaced Erich Honecker last month, said the changes were irreversible.", ["person:egon-krenz LEADS DDR"], []),
 ("President George Bush welcomed the decision but said the United States would not gloat.", [], ["person:george-h-w-bush SUPPORTS DDR", "person:george-h-w-bush LEADS USA"]),
 ("Soviet Foreign Ministry spokesman Gennadi Gerasimov said Moscow regarded the move as the East German government's sovereign affair.", [], []),
 ("Thousands of West Berliners greeted the visitors with champagne.", [], []),
]
