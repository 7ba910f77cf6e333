DAY = "2007-01-12"
SENTS = [
 ("China and Russia on Friday vetoed a US-drafted Security Council resolution urging Myanmar's military government to release political prisoners and end attacks on ethnic minorities.", ["CHN VETOES MMR", "RUS VETOES MMR"], []),
 ("It was the first double veto by Beijing and Moscow since 1972.", [], ["CHN VETOES MMR", "RUS VETOES MMR"]),
 ("South Africa also voted against the draft, arguing that the situation in Myanmar did not threaten international peace.", [], []),
 ("The resolution would have called on the junta to free opposition leader Aung San Suu Kyi, who has spent most of the last 17 years under house arrest.", [], []),
 ("China, Myanmar's biggest trading partner and a major supplier of its weapons, said the matter was an internal affair.", ["CHN TRADES_WITH MMR", "CHN SUPPLIES_ARMS MMR"], []),
 ("Washington said it was deeply disappointed by the vetoes.", [], ["USA CONDEMNS CHN", "USA CONDEMNS RUS"]),
]
