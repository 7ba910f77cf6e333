DAY = "2008-11-27"
SENTS = [
 ("China has postponed a summit with the European Union scheduled for next week in Lyon, in protest at French President Nicolas Sarkozy's plan to meet the Dalai Lama.", ["person:nicolas-sarkozy LEADS FRA", "CHN CONDEMNS person:nicolas-sarkozy"], ["CHN CONDEMNS FRA", "CHN SANCTIONS org:EU", "CHN SANCTIONS FRA"]),
 ("France holds the EU's rotating presidency until the end of the year.", ["FRA MEMBER_OF org:EU"], []),
 ("A foreign ministry spokesman in Beijing said the Dalai Lama was engaged in separatist activities and that meeting him would hurt the feelings of the Chinese people.", [], []),
 ("Sarkozy is due to meet the Tibetan leader in Gdansk on December 6 at a gathering of Nobel peace laureates.", [], ["person:nicolas-sarkozy MEETS POL"]),
 ("The European Commission said it regretted the decision and remained committed to its strategic partnership with China.", ["org:EU ALLIED_WITH CHN"], ["org:EU CONDEMNS CHN"]),
 ("Trade between the EU and China exceeded 300 billion euros last year.", ["CHN TRADES_WITH org:EU"], []),
]
