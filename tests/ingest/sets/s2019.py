DAY = "1999-02-07"
SENTS = [
 ("Serbian and Kosovo Albanian delegations began peace talks at the Rambouillet chateau outside Paris on Saturday under the threat of NATO air strikes.", [], ["org:NATO CONDEMNS SRB"]),
 ("British Foreign Secretary Robin Cook and his French counterpart Hubert Vedrine are chairing the talks.", [], ["person:hubert-vedrine MEETS person:robin-cook"]),
 ("NATO has threatened to bomb Serbian targets if Belgrade rejects a deal that would give Kosovo broad autonomy and allow NATO troops into the province.", [], ["org:NATO ATTACKS SRB"]),
 ("Yugoslav President Slobodan Milosevic did not attend.", ["person:slobodan-milosevic LEADS YUG"], []),
 ("Russia, a traditional ally of Serbia, opposes the use of force against Belgrade.", ["RUS ALLIED_WITH SRB"], ["RUS SUPPORTS SRB"]),
]
