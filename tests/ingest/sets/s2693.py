DAY = "1979-09-08"
SENTS = [
 ("President Carter said on Friday that the presence of a Soviet combat brigade in Cuba was a very serious matter and that the status quo was not acceptable.", ["SUN DEPLOYS_TROOPS CUB", "person:jimmy-carter CONDEMNS SUN"], ["person:jimmy-carter LEADS USA", "USA CONDEMNS SUN"]),
 ("Secretary of State Cyrus Vance met the Soviet Ambassador, Anatoly Dobrynin, twice this week to discuss the brigade of 2,000 to 3,000 men.", ["person:cyrus-vance MEETS person:anatoly-dobrynin"], ["USA MEETS SUN"]),
 ("In Havana, Fidel Castro closed the summit of nonaligned nations with a speech denouncing the United States and China as the enemies of the third world.", ["person:fidel-castro CONDEMNS USA", "person:fidel-castro CONDEMNS CHN"], ["person:fidel-castro LEADS CUB"]),
 ("Yugoslavia's aging president, Josip Broz Tito, had warned the delegates against tying the movement to either bloc.", ["person:josip-broz-tito LEADS YUG"], []),
]
