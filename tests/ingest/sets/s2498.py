DAY = "2015-01-19"
SENTS = [
 ("Brazil and the Netherlands recalled their ambassadors to Indonesia on Sunday after Jakarta executed six drug convicts, among them a Brazilian and a Dutch citizen, by firing squad.", [], ["BRA SANCTIONS IDN", "NLD SANCTIONS IDN", "BRA CONDEMNS IDN", "NLD CONDEMNS IDN"]),
 ("President Dilma Rousseff said she was outraged and that relations between Brazil and Indonesia would be affected.", [], ["person:dilma-rousseff LEADS BRA", "person:dilma-rousseff CONDEMNS IDN"]),
 ("Rousseff had telephoned President Joko Widodo on Friday to plead for clemency, but he refused.", ["person:dilma-rousseff MEETS person:joko-widodo"], ["person:joko-widodo LEADS IDN"]),
 ("The Dutch foreign minister called the executions a cruel and inhumane punishment.", [], ["NLD CONDEMNS IDN"]),
 ("Indonesia said it would not bow to foreign pressure and would go ahead with more executions, including of two Australians.", [], []),
]
