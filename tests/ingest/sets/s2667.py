DAY = "1977-07-25"
SENTS = [
 ("Ethiopia accused Somalia on Sunday of sending regular army units, supported by tanks and MiG fighters, deep into the Ogaden desert to help the Western Somali Liberation Front.", ["ETH CONDEMNS SOM"], ["SOM DEPLOYS_TROOPS ETH", "SOM ATTACKS ETH"]),
 ("Somalia insists that only guerrillas of the front are fighting and that its own forces have not crossed the border.", [], []),
 ("The Soviet Union, which arms both Somalia and Ethiopia, has urged the two governments to settle the dispute at the negotiating table.", ["SUN SUPPLIES_ARMS SOM", "SUN SUPPLIES_ARMS ETH"], []),
 ("Lieutenant Colonel Mengistu Haile Mariam, the head of Ethiopia's military government, called for a national mobilisation to drive out the invaders.", ["person:mengistu-haile-mariam LEADS ETH"], []),
]
