DAY = "1985-12-01"
SENTS = [
 ("President Raul Alfonsin of Argentina and President Jose Sarney of Brazil met at the Iguacu falls on Friday and pledged to build a common market between their two economies.", ["person:raul-alfonsin LEADS ARG", "person:jose-sarney LEADS BRA", "person:raul-alfonsin MEETS person:jose-sarney"], ["ARG TRADES_WITH BRA"]),
 ("They also agreed to open their nuclear programmes to each other, ending decades of suspicion between South America's two largest military powers.", [], []),
 ("Brazil already buys Argentine wheat and sells cars and machinery to Buenos Aires.", ["BRA TRADES_WITH ARG"], []),
 ("Uruguay, which lies between them, asked to join the talks.", [], []),
]
