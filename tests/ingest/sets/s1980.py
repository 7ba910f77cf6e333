DAY = "2001-11-10"
SENTS = [
 ("Trade ministers of the World Trade Organization approved China's membership at a meeting in Doha on Saturday, ending 15 years of negotiations.", [], ["CHN MEMBER_OF org:WTO"]),
 ("China will formally join the organisation 30 days after its parliament ratifies the terms.", [], ["CHN MEMBER_OF org:WTO"]),
 ("Taiwan's membership is expected to be approved on Sunday.", [], []),
 ("Under a deal signed with the United States in 1999, Beijing agreed to cut tariffs on American farm goods and open its telecommunications and banking markets.", [], ["CHN TRADES_WITH USA"]),
 ("The European Union, China's third-largest trading partner, concluded its own bilateral agreement with Beijing last year.", ["org:EU TRADES_WITH CHN"], []),
 ("President Jiang Zemin said membership would help China's reforms.", [], ["person:jiang-zemin LEADS CHN"]),
]
