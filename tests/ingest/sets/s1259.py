DAY = "2025-09-08"
SENTS = [
 ("Russia launched more than 800 drones and decoys at Ukraine overnight, the largest aerial attack of the war, setting fire to the main government building in Kyiv.", ["RUS ATTACKS UKR"]),
 ("Prime Minister Yulia Svyrydenko posted photographs of smoke rising from the cabinet building.", [], ["person:yulia-svyrydenko LEADS UKR"]),
 ("European Commission President Ursula von der Leyen said the Kremlin was mocking diplomacy.", [], ["person:ursula-von-der-leyen LEADS org:EC", "person:ursula-von-der-leyen CONDEMNS RUS"]),
 ("Poland scrambled its jets as a precaution when Russian drones struck western Ukraine near its border.", [], ["RUS ATTACKS UKR"]),
 ("Moscow said it had targeted military-industrial sites and transport infrastructure.", [], []),
]
