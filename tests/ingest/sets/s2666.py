DAY = "1975-09-29"
SENTS = [
 ("Britain, West Germany, the Netherlands and Norway recalled their ambassadors from Madrid in protest at Saturday's execution of five guerrillas convicted of killing policemen.", ["GBR CONDEMNS ESP", "DEU CONDEMNS ESP", "NLD CONDEMNS ESP", "NOR CONDEMNS ESP"], []),
 ("Mexico's President Luis Echeverria called for Spain's expulsion from the United Nations and suspended all flights and postal links with the country.", ["person:luis-echeverria LEADS MEX", "person:luis-echeverria CONDEMNS ESP"], ["MEX SANCTIONS ESP"]),
 ("Pope Paul VI, who had appealed three times for clemency, deplored the executions.", [], []),
 ("In Lisbon, demonstrators sacked the Spanish embassy, and General Franco's government withdrew its own ambassador from Portugal.", [], ["ESP CONDEMNS PRT", "person:francisco-franco LEADS ESP"]),
]
