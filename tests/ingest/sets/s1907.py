DAY = "1999-11-18"
SENTS = [
 ("President Clinton criticised Russia's military campaign in Chechnya at the OSCE summit in Istanbul on Thursday, telling Boris Yeltsin that the bombing of civilians was wrong.", ["person:bill-clinton CONDEMNS RUS"], ["person:bill-clinton CONDEMNS person:boris-yeltsin", "person:bill-clinton MEETS person:boris-yeltsin"]),
 ("Yeltsin replied that no one had the right to criticise Russia for fighting terrorists.", [], []),
 ("The European Union has threatened to suspend parts of its partnership agreement with Moscow if the offensive continues.", [], ["org:EU SANCTIONS RUS"]),
 ("German Chancellor Gerhard Schroeder and French President Jacques Chirac also condemned the attacks on Grozny.", ["person:gerhard-schroder LEADS DEU", "person:jacques-chirac LEADS FRA"], ["person:gerhard-schroder CONDEMNS RUS", "person:jacques-chirac CONDEMNS RUS"]),
 ("Yeltsin left the summit early after signing a revised treaty on conventional forces in Europe.", [], []),
]
