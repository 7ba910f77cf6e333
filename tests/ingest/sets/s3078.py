DAY = "1991-01-14"
SENTS = [
 ("Soviet paratroopers and tanks stormed the television tower in Vilnius early on Sunday, killing thirteen unarmed Lithuanians who had gathered to defend it.", ["SUN ATTACKS LTU"], []),
 ("President Vytautas Landsbergis called on Western governments to condemn the assault, and the Lithuanian parliament stayed surrounded by thousands of volunteers.", [], ["person:vytautas-landsbergis LEADS LTU", "person:vytautas-landsbergis CONDEMNS SUN"]),
 ("President Bush deplored the use of force in the Baltic states and warned that it could harm Soviet-American relations.", [], ["person:george-h-w-bush CONDEMNS SUN", "USA CONDEMNS SUN", "person:george-h-w-bush LEADS USA"]),
 ("Boris Yeltsin, the Russian leader, flew to Tallinn and signed a pact with the three Baltic republics recognizing each other's sovereignty.", ["person:boris-yeltsin MEETS EST"], ["person:boris-yeltsin LEADS RUS", "RUS SUPPORTS EST", "RUS SUPPORTS LVA", "RUS SUPPORTS LTU", "person:boris-yeltsin SUPPORTS EST", "person:boris-yeltsin SUPPORTS LVA", "person:boris-yeltsin SUPPORTS LTU", "RUS MEETS EST"]),
 ("Iceland and Denmark said they would raise the crackdown at the Conference on Security and Cooperation in Europe.", [], ["ISL CONDEMNS SUN", "DNK CONDEMNS SUN"]),
]
