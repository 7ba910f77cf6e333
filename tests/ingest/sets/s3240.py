DAY = "1984-06-07"
SENTS = [
 ("Saudi F-15 fighters shot down an Iranian F-4 Phantom over the Gulf on Tuesday after it crossed into Saudi airspace, the first clash between the two countries.", ["SAU ATTACKS IRN"], ["IRN ATTACKS SAU"]),
 ("The Saudi pilots were guided to the intruder by an American AWACS radar plane flying from Riyadh.", [], ["USA SUPPORTS SAU", "USA DEPLOYS_TROOPS SAU"]),
 ("Last week President Reagan used his emergency powers to rush 400 Stinger anti-aircraft missiles to Saudi Arabia without asking Congress.", ["USA SUPPLIES_ARMS SAU"], ["person:ronald-reagan LEADS USA"]),
 ("Tehran radio accused Riyadh of acting on American orders and warned the Gulf states against helping Iraq.", ["IRN CONDEMNS SAU"], ["IRN CONDEMNS USA"]),
 ("Iraqi jets struck two more tankers near Kharg Island, Iran's main oil terminal.", [], ["IRQ ATTACKS IRN"]),
]
