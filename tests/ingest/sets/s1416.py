DAY = "2021-09-09"
SENTS = [
 ("Guinean special forces seized President Alpha Conde on Sunday and announced the dissolution of the government.", [], ["person:alpha-conde LEADS GIN"]),
 ("The Economic Community of West African States suspended Guinea from the bloc on Wednesday and demanded Conde's release.", [], ["GIN MEMBER_OF org:ECOWAS", "org:ECOWAS CONDEMNS GIN"]),
 ("Coup leader Mamady Doumbouya, a former French legionnaire, said the army had acted to end corruption.", [], []),
 ("The African Union condemned the Guinean military for seizing power.", ["org:AU CONDEMNS GIN"], []),
 ("Guinea holds the world's largest reserves of bauxite, much of which is exported to China.", ["GIN TRADES_WITH CHN"], []),
]
