DAY = "1985-10-11"
SENTS = [
 ("American Navy fighters intercepted an Egyptian airliner carrying the four Palestinian hijackers of the Italian cruise ship Achille Lauro and forced it to land at a NATO base in Sicily.", [], ["USA ATTACKS EGY"]),
 ("President Ronald Reagan said the interception sent a message to terrorists everywhere.", [], ["person:ronald-reagan LEADS USA"]),
 ("Egyptian President Hosni Mubarak, who had allowed the hijackers to leave Egypt, said he was deeply wounded and demanded an apology from Washington.", ["person:hosni-mubarak LEADS EGY"], ["person:hosni-mubarak CONDEMNS USA", "EGY CONDEMNS USA"]),
 ("Italian authorities took the hijackers into custody after a tense standoff between Italian troops and American commandos on the runway.", [], []),
 ("Italy later allowed Abu Abbas, the leader of the Palestine Liberation Front, to leave for Yugoslavia, angering the Reagan administration.", [], ["USA CONDEMNS ITA"]),
]
