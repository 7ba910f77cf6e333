DAY = "2013-12-19"
SENTS = [
 ("Brazil on Wednesday picked the Swedish Gripen over American and French rivals for a $4.5 billion order of 36 fighter jets.", ["SWE SUPPLIES_ARMS BRA"], []),
 ("Brazilian officials said the Swedes had offered the fullest transfer of technology, letting local firms build parts of the aircraft.", [], []),
 ("Boeing's F-18 had been the favourite until it was revealed that the American National Security Agency had spied on President Dilma Rousseff.", [], ["USA CONDEMNS person:dilma-rousseff", "person:dilma-rousseff LEADS BRA"]),
 ("Rousseff called off a state visit to Washington in October in protest at the spying.", ["person:dilma-rousseff CONDEMNS USA"], []),
]
