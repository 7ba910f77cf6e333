DAY = "2014-03-06"
SENTS = [
 ("Nicolas Maduro, Venezuela's president, severed diplomatic and trade ties with Panama on Wednesday and accused its government of plotting with Washington against him.", ["person:nicolas-maduro LEADS VEN", "person:nicolas-maduro CONDEMNS PAN", "person:nicolas-maduro CONDEMNS USA"], ["VEN SANCTIONS PAN"]),
 ("Panama had asked the Organization of American States to hold a meeting on the deadly protests that have shaken Venezuela since last month.", [], []),
 ("Mr Maduro called the Panamanian president, Ricardo Martinelli, a lackey of the United States and said he would freeze the debts Venezuela owes Panamanian exporters.", ["person:nicolas-maduro CONDEMNS person:ricardo-martinelli"], ["person:ricardo-martinelli LEADS PAN"]),
 ("Martinelli said Panama would not be intimidated and had only wanted the regional body to help the two sides talk.", [], []),
 ("Venezuela owes Panamanian companies in the Colon free trade zone more than a billion dollars for goods they have sold it.", ["PAN TRADES_WITH VEN"], []),
]
