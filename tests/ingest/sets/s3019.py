DAY = "1947-05-22"
SENTS = [
 ("President Truman signed a bill today granting Greece and Turkey $400,000,000 in military and economic aid.", ["person:harry-s-truman SUPPORTS GRC", "person:harry-s-truman SUPPORTS TUR"], ["USA SUPPORTS GRC", "USA SUPPORTS TUR", "USA SUPPLIES_ARMS GRC", "USA SUPPLIES_ARMS TUR", "person:harry-s-truman SUPPLIES_ARMS GRC", "person:harry-s-truman SUPPLIES_ARMS TUR", "person:harry-s-truman LEADS USA"]),
 ("Greek Government forces, using American-supplied rifles, are fighting Communist guerrillas along the Yugoslav and Albanian borders.", ["USA SUPPLIES_ARMS GRC"], []),
 ("The Soviet press has called the program an attempt to turn Greece and Turkey into American bases.", [], ["SUN CONDEMNS USA"]),
 ("Britain, which can no longer afford to keep its troops in Greece, will withdraw them by the end of the year.", ["GBR DEPLOYS_TROOPS GRC"], []),
 ("Turkey has kept a large army mobilized since Moscow demanded bases on the Straits in 1945.", [], ["SUN CONDEMNS TUR"]),
]
