DAY = "1991-11-19"
SENTS = [
 ("The Croatian town of Vukovar fell to the Yugoslav federal army and Serbian irregulars on Monday after an 87-day siege that left it in ruins.", [], ["YUG ATTACKS HRV"]),
 ("Croatian President Franjo Tudjman accused the army of genocide and appealed for international intervention.", ["person:franjo-tudjman LEADS HRV"], []),
 ("The European Community imposed trade sanctions on Yugoslavia this month, suspending a cooperation agreement and trade preferences, but exempted the republics that have cooperated with its peace efforts.", ["org:EU SANCTIONS YUG"], []),
 ("Germany has said it will recognise Croatia and Slovenia before Christmas, despite misgivings in Britain and France.", [], ["DEU SUPPORTS HRV", "DEU SUPPORTS SVN"]),
 ("Serbian President Slobodan Milosevic has rejected the charges and blamed Zagreb for the war.", ["person:slobodan-milosevic LEADS SRB", "person:slobodan-milosevic CONDEMNS HRV"], []),
]
