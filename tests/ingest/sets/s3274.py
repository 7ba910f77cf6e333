DAY = "1955-01-18"
SENTS = [
 ("Costa Rica accused Nicaragua on Monday of arming the rebels who crossed the border last week and seized the northern town of Villa Quesada.", ["CRI CONDEMNS NIC"], ["NIC SUPPLIES_ARMS CRI", "NIC SUPPORTS CRI"]),
 ("Costa Rica's President, Jose Figueres, said aircraft from Nicaragua had machine-gunned San Jose and several towns in the north.", ["person:jose-figueres LEADS CRI"], ["NIC ATTACKS CRI", "person:jose-figueres CONDEMNS NIC"]),
 ("The United States sold Costa Rica four Mustang fighters for one dollar each after observers of the Organization of American States found that the rebels had planes and the government had none.", ["USA SUPPLIES_ARMS CRI"], []),
 ("President Anastasio Somoza of Nicaragua denied that his country was involved and challenged Figueres to a duel.", ["person:anastasio-somoza-garcia LEADS NIC"], []),
 ("Venezuela, whose dictator Marcos Perez Jimenez is a bitter enemy of Figueres, is also suspected of helping the invaders.", ["person:marcos-perez-jimenez LEADS VEN"], ["VEN SUPPORTS CRI"]),
]
