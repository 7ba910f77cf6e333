DAY = "1945-10-31"
SENTS = [
 ("Brigadier A. W. S. Mallaby, who commanded the British troops in Surabaya, was killed by Indonesian nationalists last night while trying to arrange a truce.", [], ["GBR DEPLOYS_TROOPS IDN", "IDN ATTACKS GBR"]),
 ("British and Indian troops landed in Indonesia last week to disarm the Japanese and free Allied prisoners.", ["GBR DEPLOYS_TROOPS IDN", "IND DEPLOYS_TROOPS IDN"], []),
 ("The Indonesian Republic, proclaimed by Dr. Sukarno in August, refuses to accept the return of Dutch rule.", [], ["IDN CONDEMNS NLD", "person:sukarno LEADS IDN"]),
 ("Indonesian nationalists attacked British positions across the city with rifles and machine-guns taken from the Japanese.", [], ["IDN ATTACKS GBR", "GBR DEPLOYS_TROOPS IDN"]),
 ("The Netherlands has asked Britain to help restore its authority over the islands.", [], []),
]
