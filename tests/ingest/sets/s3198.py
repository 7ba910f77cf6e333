DAY = "1966-01-04"
SENTS = [
 ("Lieutenant Colonel Sangoule Lamizana, the army chief of staff, took power in Upper Volta on Monday after President Maurice Yameogo stepped down in the face of a general strike in Ouagadougou.", ["person:sangoule-lamizana LEADS BFA"], ["person:maurice-yameogo LEADS BFA"]),
 ("Yameogo had been among the most loyal partners of France and of the Ivory Coast's Felix Houphouet-Boigny in the Council of the Entente.", [], ["person:felix-houphouet-boigny LEADS CIV", "BFA ALLIED_WITH FRA", "BFA ALLIED_WITH CIV", "person:maurice-yameogo ALLIED_WITH FRA"]),
 ("The unions had rebelled against pay cuts ordered to balance a budget that France largely pays for.", [], ["FRA SUPPORTS BFA"]),
 ("Ivory Coast moved gendarmes to its northern border but did not intervene.", [], []),
]
