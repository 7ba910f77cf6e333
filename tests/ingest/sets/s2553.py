DAY = "2006-03-21"
SENTS = [
 ("The United States and the European Union condemned Belarus's presidential election on Monday as deeply flawed and said they would consider sanctions against Alexander Lukashenko's government.", ["USA CONDEMNS BLR", "org:EU CONDEMNS BLR"], ["USA SANCTIONS BLR", "org:EU SANCTIONS BLR", "person:alexander-lukashenko LEADS BLR"]),
 ("Official results gave the incumbent 83 percent, and riot police broke up a protest camp in Minsk overnight.", [], []),
 ("Russian President Vladimir Putin congratulated him on his victory.", ["person:vladimir-putin LEADS RUS"], ["person:vladimir-putin SUPPORTS person:alexander-lukashenko"]),
 ("Russia supplies Belarus with gas at prices far below those paid by its western neighbours.", ["RUS TRADES_WITH BLR"], ["RUS SUPPORTS BLR"]),
 ("Observers from the Organization for Security and Co-operation in Europe said the vote fell far short of democratic standards.", [], ["org:OSCE CONDEMNS BLR"]),
]
