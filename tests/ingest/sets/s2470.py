DAY = "2019-08-27"
SENTS = [
 ("Brazil rejected $20 million offered by the Group of Seven to fight fires in the Amazon on Monday, after President Emmanuel Macron of France questioned Brazil's commitment to protecting the rainforest.", ["person:emmanuel-macron LEADS FRA"], ["BRA CONDEMNS org:G7", "person:emmanuel-macron CONDEMNS BRA", "org:G7 SUPPORTS BRA"]),
 ("President Jair Bolsonaro accused Macron of treating Brazil like a colony and said he would accept the money only if the French leader withdrew his insults.", ["person:jair-bolsonaro CONDEMNS person:emmanuel-macron", "person:jair-bolsonaro LEADS BRA"], []),
 ("Britain has pledged 10 million pounds of its own to protect the forest, and Canada has offered $11 million and water bombers.", [], ["GBR SUPPORTS BRA", "CAN SUPPORTS BRA"]),
 ("Chile sent four firefighting planes to Bolivia, where fires have burnt through large parts of the eastern lowlands.", ["CHL SUPPORTS BOL"], []),
 ("Israel sent a team of firefighters to help Brazil, a gesture that Bolsonaro thanked Prime Minister Benjamin Netanyahu for on Twitter.", ["ISR SUPPORTS BRA"], ["person:jair-bolsonaro SUPPORTS person:benjamin-netanyahu", "person:benjamin-netanyahu LEADS ISR"]),
]
