DAY = "1945-03-20"
SENTS = [
 ("The Soviet Union has told Turkey that it will not renew the treaty of friendship and neutrality the two countries signed in 1925, Moscow radio announced tonight.", [], ["SUN CONDEMNS TUR", "SUN ALLIED_WITH TUR"]),
 ("Foreign Commissar Molotov handed the note to the Turkish Ambassador, Selim Sarper, saying the pact no longer answered the new situation.", ["person:vyacheslav-molotov MEETS person:selim-sarper"], ["SUN MEETS TUR"]),
 ("Ankara replied that it was ready to discuss a new agreement on terms that respected Turkish sovereignty.", [], []),
 ("Turkey declared war on Germany and Japan last month so as to take a seat at the San Francisco conference.", ["TUR ATTACKS DEU", "TUR ATTACKS JPN"], []),
 ("Istanbul newspapers accused the Russians of seeking bases on the Straits.", [], ["TUR CONDEMNS SUN"]),
]
