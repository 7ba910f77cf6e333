DAY = "2019-05-10"
SENTS = [
 ("The United States raised tariffs on $200 billion of Chinese goods to 25 percent on Friday, escalating a trade war as negotiators from both sides met in Washington.", ["USA MEETS CHN"], ["USA SANCTIONS CHN"]),
 ("China's commerce ministry said it deeply regretted the decision and would take necessary countermeasures, without giving details.", [], ["CHN SANCTIONS USA", "CHN CONDEMNS USA"]),
 ("Vice Premier Liu He, who led the Chinese delegation, held talks with US Trade Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin.", ["person:liu-he MEETS person:robert-lighthizer", "person:liu-he MEETS person:steven-mnuchin"], []),
 ("President Donald Trump said the talks had been candid and constructive but accused Beijing of backtracking on commitments it had made.", ["person:donald-trump CONDEMNS CHN"], []),
 ("Tariffs imposed by Washington last year on steel and aluminium have already strained ties with allies including Canada and Mexico.", [], ["USA SANCTIONS CAN", "USA SANCTIONS MEX"]),
 ("Two-way trade in goods between the two countries exceeded $600 billion last year.", ["CHN TRADES_WITH USA"], []),
]
