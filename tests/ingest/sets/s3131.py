DAY = "1986-01-21"
SENTS = [
 ("Lesotho's army overthrew Chief Leabua Jonathan on Monday, three weeks after South Africa began holding up goods and fuel at the border of the landlocked kingdom.", [], ["ZAF SANCTIONS LSO", "person:leabua-jonathan LEADS LSO"]),
 ("Pretoria had accused Chief Jonathan's government of sheltering guerrillas of the African National Congress who attacked targets in South Africa.", ["ZAF CONDEMNS LSO"], []),
 ("The new military council, led by Major-General Justin Lekhanya, said it would expel the guerrillas, and South Africa lifted its blockade on Saturday.", [], ["ZAF SANCTIONS LSO"]),
 ("Chief Jonathan had established diplomatic relations with the Soviet Union, China and North Korea, angering Pretoria.", [], ["LSO SUPPORTS SUN", "LSO SUPPORTS CHN", "LSO SUPPORTS PRK"]),
 ("London called on the soldiers to respect human rights; the Commonwealth said it was watching events closely.", [], []),
]
