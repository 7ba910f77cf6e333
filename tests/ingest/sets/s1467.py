DAY = "2024-06-28"
SENTS = [
 ("Armoured vehicles rammed the doors of Bolivia's presidential palace in La Paz on Wednesday in a failed coup attempt led by the former army chief.", [], []),
 ("President Luis Arce named a new military command, and the troops withdrew within hours.", [], ["person:luis-arce LEADS BOL"]),
 ("Brazil, Colombia and Mexico condemned the attempt and expressed support for Arce's government.", ["BRA SUPPORTS BOL", "COL SUPPORTS BOL", "MEX SUPPORTS BOL"], []),
 ("The Organization of American States said it would not tolerate any breach of constitutional order.", [], []),
 ("Venezuela's Nicolas Maduro accused the United States of having a hand in the plot.", ["person:nicolas-maduro CONDEMNS USA"], ["person:nicolas-maduro LEADS VEN"]),
]
