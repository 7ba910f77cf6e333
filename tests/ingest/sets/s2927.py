DAY = "1985-07-03"
SENTS = [
 ("Andrei Gromyko, Soviet Foreign Minister for 28 years, was elected President of the Soviet Union on Tuesday on the nomination of Mikhail Gorbachev.", ["person:andrei-gromyko LEADS SUN"], []),
 ("Eduard Shevardnadze, the party chief in Georgia, who has no diplomatic experience, takes over the foreign ministry.", [], []),
 ("Western diplomats in Moscow said the change would give Mr. Gorbachev a free hand in foreign affairs.", [], []),
 ("The new Foreign Minister is to meet Secretary of State George Shultz in Helsinki at the end of the month.", [], ["person:eduard-shevardnadze MEETS person:george-shultz", "person:eduard-shevardnadze MEETS FIN", "person:george-shultz MEETS FIN"]),
 ("Washington said it expected no change in Soviet policy on arms control.", [], []),
]
