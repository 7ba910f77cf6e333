DAY = "2025-04-03"
SENTS = [
 ("China staged large-scale military exercises around Taiwan on Wednesday, simulating a blockade of the island's main ports.", [], ["CHN ATTACKS TWN"]),
 ("The drills, code-named Strait Thunder-2025A, involved the aircraft carrier Shandong and dozens of warships.", [], []),
 ("Taipei condemned the exercises and scrambled jets and ships in response.", [], ["TWN CONDEMNS CHN"]),
 ("Beijing called President Lai Ching-te a parasite and said the drills were a stern warning to separatists.", ["CHN CONDEMNS person:lai-ching-te"], ["person:lai-ching-te LEADS TWN"]),
 ("The US State Department said China's aggressive military activities put the region's security at risk.", ["USA CONDEMNS CHN"]),
]
