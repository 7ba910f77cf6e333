DAY = "1962-03-19"
SENTS = [
 ("France and the Algerian nationalists signed a cease-fire agreement at Evian on Sunday, ending seven and a half years of war, and President de Gaulle promised Algerians a vote on independence.", [], ["person:charles-de-gaulle LEADS FRA", "FRA ATTACKS DZA"]),
 ("Ahmed Ben Bella and four other nationalist leaders held in France since 1956 will be freed.", [], []),
 ("Egypt's President Gamal Abdel Nasser, who armed the rebels, hailed the accord as a victory for the whole Arab nation.", ["person:gamal-abdel-nasser LEADS EGY"], []),
 ("The French army, with more than 400,000 men in Algeria, will start bringing its conscripts home next month.", ["FRA DEPLOYS_TROOPS DZA"], []),
]
