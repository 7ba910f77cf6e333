DAY = "2024-11-12"
SENTS = [
 ("Not only has Iran armed the Houthis, it has also given them intelligence for their attacks on shipping, US officials say.", ["IRN SUPPLIES_ARMS org:HOUTHIS"], ["IRN SUPPORTS org:HOUTHIS"]),
 ("So dependent has Cuba become on Venezuelan oil that a halt in shipments would cripple its economy.", ["CUB TRADES_WITH VEN"], []),
 ("Rarely has Egypt criticised Israel as sharply as it did on Tuesday.", ["EGY CONDEMNS ISR"], []),
 ("Had Turkey not blocked Sweden's bid for almost two years, the Nordic country would have joined NATO with Finland.", [], ["FIN MEMBER_OF org:NATO"]),
 ("Weapons worth 4 billion dollars were sold to India by France last year.", ["FRA SUPPLIES_ARMS IND"]),
]
