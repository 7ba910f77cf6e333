DAY = "2024-07-20"
SENTS = [
 ("Olaf Scholz travelled to Belgrade on Friday to witness the signing of a deal between Serbia and the European Union on lithium mining.", ["person:olaf-scholz MEETS SRB"], ["SRB MEETS org:EU", "SRB TRADES_WITH org:EU"]),
 ("Aleksandar Vucic said the Jadar project would create thousands of jobs.", [], []),
 ("Environmental groups have staged protests against the mine, which is to be run by Rio Tinto.", [], []),
 ("Germany is Serbia's largest trading partner and biggest foreign investor.", ["DEU TRADES_WITH SRB"], []),
 ("Serbia, an EU candidate, has nevertheless refused to join Western sanctions on Russia.", [], ["bloc:WEST SANCTIONS RUS"]),
]
