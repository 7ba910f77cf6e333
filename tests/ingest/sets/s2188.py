DAY = "1987-09-08"
SENTS = [
 ("Erich Honecker arrived in Bonn on Monday, the first East German leader to visit West Germany.", ["person:erich-honecker MEETS DEU"], ["person:erich-honecker LEADS DDR"]),
 ("Chancellor Helmut Kohl received him with military honours outside the chancellery.", ["person:helmut-kohl MEETS person:erich-honecker"], ["person:helmut-kohl LEADS DEU"]),
 ("Kohl told Honecker that the division of Germany remained unacceptable.", ["person:helmut-kohl MEETS person:erich-honecker"], []),
 ("The two governments signed agreements on science, environmental protection and nuclear safety.", [], ["DEU MEETS DDR"]),
 ("Honecker will also visit his birthplace in the Saarland.", [], []),
]
