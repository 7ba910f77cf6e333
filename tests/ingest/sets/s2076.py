DAY = "1962-07-04"
SENTS = [
 ("France recognised the independence of Algeria on Tuesday after Algerians voted almost unanimously for it in a referendum, ending 132 years of French rule and nearly eight years of war.", ["FRA SUPPORTS DZA"], ["FRA ATTACKS DZA"]),
 ("President Charles de Gaulle sent a message to the head of the provisional Algerian executive, Abderrahmane Fares.", [], ["person:charles-de-gaulle LEADS FRA"]),
 ("The Evian agreements signed in March allow France to keep its naval base at Mers el-Kebir for 15 years and to continue nuclear tests in the Sahara.", [], ["FRA DEPLOYS_TROOPS DZA"]),
 ("Morocco and Tunisia, which gave shelter to the nationalist army during the war, were among the first to recognise the new state.", [], ["MAR SUPPORTS DZA", "TUN SUPPORTS DZA"]),
 ("Ahmed Ben Bella, released from a French prison in March, is expected to lead the new government.", [], []),
]
