DAY = "2025-07-24"
SENTS = [
 ("India and Britain signed a free trade agreement on Thursday that will cut tariffs on textiles, whisky and cars, during a visit by Prime Minister Narendra Modi to London.", ["IND TRADES_WITH GBR", "person:narendra-modi MEETS GBR"], ["person:narendra-modi LEADS IND"]),
 ("Modi and British Prime Minister Keir Starmer watched their trade ministers sign the deal at Chequers, Starmer's country residence.", ["person:narendra-modi MEETS person:keir-starmer", "person:keir-starmer LEADS GBR"], []),
 ("The agreement is expected to increase bilateral trade by 25.5 billion pounds a year.", [], []),
 ("Britain is India's sixth largest trading partner, and the deal is India's biggest since it pulled out of the RCEP negotiations in 2019.", ["GBR TRADES_WITH IND"], []),
 ("Starmer said the two countries would also deepen cooperation on defence and security.", [], ["GBR ALLIED_WITH IND"]),
]
