DAY = "1975-04-13"
SENTS = [
 ("Marine helicopters lifted the American ambassador, John Gunther Dean, and the last Americans out of Phnom Penh on Saturday as Khmer Rouge rockets fell on the city.", [], []),
 ("The evacuation ended five years of American support for the government of Marshal Lon Nol, who left for Hawaii on April 1.", [], ["USA SUPPORTS person:lon-nol", "USA SUPPORTS KHM"]),
 ("Congress had refused President Ford's request for $222 million in emergency military aid for Cambodia.", [], ["USA SUPPLIES_ARMS KHM", "person:gerald-ford LEADS USA"]),
 ("Prince Norodom Sihanouk, the nominal leader of the insurgents, has lived in exile in Peking since he was deposed in 1970.", ["CHN SUPPORTS person:norodom-sihanouk"], []),
 ("Bangkok has told Washington its bases may serve if Saigon too must be emptied of Americans.", [], ["THA SUPPORTS USA"]),
]
