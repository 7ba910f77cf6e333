DAY = "1981-02-01"
SENTS = [
 ("Peruvian helicopters and troops attacked Ecuadorian border posts in the Condor mountains on Wednesday, and fighting spread along an unmarked stretch of the frontier.", ["PER ATTACKS ECU"], []),
 ("Quito said Peru had opened fire first on its outposts at Paquisha and called the attack an invasion of Ecuadorian territory.", ["ECU CONDEMNS PER"], []),
 ("President Jaime Roldos of Ecuador declared a state of emergency and asked the Organisation of American States to convene its foreign ministers.", [], ["person:jaime-roldos LEADS ECU"]),
 ("Lima insisted the posts stood on Peruvian soil under the Rio Protocol of 1942, which Ecuador has refused to accept, and President Fernando Belaunde Terry rejected mediation.", [], ["person:fernando-belaunde-terry LEADS PER"]),
 ("Washington, Buenos Aires, Brasilia and Santiago, which guarantee the treaty, dispatched military observers to the frontier.", [], []),
]
