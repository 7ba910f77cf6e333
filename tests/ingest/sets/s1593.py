DAY = "1962-10-23"
SENTS = [
 ("President John F. Kennedy ordered a naval quarantine of Cuba on Monday after American spy planes photographed Soviet missile sites under construction on the island.", [], ["person:john-f-kennedy LEADS USA", "SUN SUPPLIES_ARMS CUB", "USA SANCTIONS CUB"]),
 ("Kennedy said any nuclear missile launched from Cuba against any nation in the Western Hemisphere would be regarded as an attack by the Soviet Union on the United States.", [], []),
 ("Soviet ships carrying further missiles to Cuba are still steaming towards the island.", ["SUN SUPPLIES_ARMS CUB"], []),
 ("Moscow denounced the blockade as piracy and an act of aggression.", [], ["SUN CONDEMNS USA"]),
 ("Fidel Castro, who has ruled Cuba since 1959, put his armed forces on full alert.", [], ["person:fidel-castro LEADS CUB"]),
]
