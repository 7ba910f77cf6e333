DAY = "1923-01-12"
SENTS = [
 ("French and Belgian troops marched into the Ruhr on Thursday to seize its coal mines because Germany has fallen behind with its reparation deliveries.", ["FRA DEPLOYS_TROOPS DEU", "BEL DEPLOYS_TROOPS DEU"], ["FRA ATTACKS DEU", "BEL ATTACKS DEU", "FRA CONDEMNS DEU", "BEL CONDEMNS DEU"]),
 ("M. Poincare, the French premier, told the Chamber that France was only taking by force what Germany had refused to pay.", ["person:raymond-poincare LEADS FRA", "person:raymond-poincare CONDEMNS DEU"], []),
 ("Chancellor Cuno's government recalled its ambassadors from Paris and Brussels in protest and called on the Ruhr miners to refuse all work for the occupiers.", ["DEU CONDEMNS FRA", "DEU CONDEMNS BEL"], ["person:wilhelm-cuno LEADS DEU"]),
 ("The British government declined to take part in the occupation, which it regards as a breach of the Treaty of Versailles.", [], ["GBR CONDEMNS FRA", "GBR CONDEMNS BEL"]),
]
