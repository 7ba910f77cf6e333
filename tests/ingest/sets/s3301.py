DAY = "1934-05-29"
SENTS = [
 ("President Roosevelt on Monday forbade the sale of arms and munitions to Bolivia and Paraguay, whose armies have fought each other for two years in the Chaco Boreal.", ["USA SANCTIONS BOL", "USA SANCTIONS PRY", "BOL ATTACKS PRY", "PRY ATTACKS BOL"], ["person:franklin-d-roosevelt LEADS USA", "person:franklin-d-roosevelt SANCTIONS BOL", "person:franklin-d-roosevelt SANCTIONS PRY"]),
 ("The proclamation puts into effect a joint resolution that Congress passed last week at the urging of the League of Nations, several of whose members have already stopped shipments to the two countries.", [], []),
 ("Britain stopped granting licences for the export of war material to Bolivia and Paraguay in March.", ["GBR SANCTIONS BOL", "GBR SANCTIONS PRY"], []),
 ("The Bolivian government protested that the embargo favoured Paraguay, which it accused of receiving arms through Argentina.", ["BOL CONDEMNS PRY"], ["BOL CONDEMNS USA", "BOL CONDEMNS ARG", "ARG SUPPLIES_ARMS PRY"]),
 ("Paraguayan forces under Colonel José Félix Estigarribia have driven the Bolivians back toward Ballivián in recent weeks.", ["PRY ATTACKS BOL"], []),
]
