DAY = "1995-02-17"
SENTS = [
 ("Peru and Ecuador signed a ceasefire in Brasilia on Friday to end three weeks of fighting over a disputed stretch of jungle along their border.", [], []),
 ("The agreement was brokered by Argentina, Brazil, Chile and the United States, the guarantors of the 1942 Rio protocol that set the border.", [], []),
 ("Peruvian President Alberto Fujimori accused Ecuador of infiltrating troops into Peruvian territory in the Cenepa valley.", ["person:alberto-fujimori LEADS PER", "person:alberto-fujimori CONDEMNS ECU"], ["ECU DEPLOYS_TROOPS PER"]),
 ("Ecuadorean troops shot down two Peruvian jets and a helicopter during the fighting, Ecuador's military said.", ["ECU ATTACKS PER"], []),
 ("Argentina later admitted that it had secretly shipped arms to Ecuador during the war.", ["ARG SUPPLIES_ARMS ECU"], []),
]
