DAY = "2024-04-17"
SENTS = [
 ("The US Army has deployed its Typhon missile system to the northern Philippines for the first time, as part of the Salaknib exercises.", ["USA DEPLOYS_TROOPS PHL"], ["USA ALLIED_WITH PHL"]),
 ("China called the deployment a threat to regional security and urged Manila to withdraw it.", [], ["CHN CONDEMNS USA", "CHN CONDEMNS PHL"]),
 ("The launcher can fire Tomahawk cruise missiles that could reach the Chinese mainland.", [], []),
 ("Ferdinand Marcos Jr met Joe Biden and Fumio Kishida at the White House last week for the first trilateral summit of the three allies.", ["person:ferdinand-marcos-jr MEETS person:joe-biden", "person:ferdinand-marcos-jr MEETS person:fumio-kishida", "person:joe-biden MEETS person:fumio-kishida"], ["person:ferdinand-marcos-jr MEETS USA", "person:fumio-kishida MEETS USA", "USA ALLIED_WITH PHL", "USA ALLIED_WITH JPN", "JPN ALLIED_WITH PHL"]),
 ("Japan is sending coastal radars to the Philippines under its new security aid programme.", ["JPN SUPPLIES_ARMS PHL"], ["JPN SUPPORTS PHL"]),
]
