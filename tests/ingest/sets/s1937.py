DAY = "2022-03-20"
SENTS = [
 ("Algeria recalled its ambassador to Spain on Saturday after Madrid endorsed Morocco's plan for autonomy in Western Sahara, reversing decades of neutrality.", ["ESP SUPPORTS MAR"], ["DZA CONDEMNS ESP"]),
 ("Spanish Prime Minister Pedro Sanchez wrote to King Mohammed VI that the plan was the most serious, realistic and credible basis for resolving the dispute.", ["person:pedro-sanchez LEADS ESP"], ["person:pedro-sanchez MEETS person:mohammed-vi"]),
 ("Algeria supplies more than 40 percent of Spain's natural gas through a pipeline under the Mediterranean.", ["DZA TRADES_WITH ESP"], []),
 ("The Polisario Front accused Madrid of bowing to Moroccan blackmail.", ["org:POLISARIO CONDEMNS ESP"], ["org:POLISARIO CONDEMNS MAR"]),
 ("Relations between Spain and Morocco had been strained since Madrid allowed the Polisario leader Brahim Ghali to be treated for Covid in a Spanish hospital last year.", ["person:brahim-ghali LEADS org:POLISARIO"], []),
]
