DAY = "1959-08-29"
SENTS = [
 ("Chinese troops attacked an Indian frontier post at Longju in the North East Frontier Agency on Tuesday, killing one Indian soldier and forcing the rest to withdraw, Prime Minister Nehru told Parliament on Friday.", ["CHN ATTACKS IND"], ["person:jawaharlal-nehru LEADS IND"]),
 ("India has protested to Peking and says the post lies well south of the McMahon Line.", ["IND CONDEMNS CHN"], []),
 ("Peking answered with a note of its own, saying the Indian soldiers had strayed north of the line and started the shooting.", ["CHN CONDEMNS IND"], ["IND ATTACKS CHN"]),
 ("Nehru said India would defend its borders but would not be provoked into war, and that the army had been given charge of the frontier.", [], ["person:jawaharlal-nehru LEADS IND"]),
 ("The clash came a month after Indian and Chinese patrols faced each other at Khinzemane, further west along the same border.", [], []),
]
