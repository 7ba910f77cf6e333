DAY = "1993-10-05"
SENTS = [
 ("Twelve American soldiers were killed and 78 wounded in Mogadishu on Sunday in a battle with Somali militiamen loyal to General Mohamed Farah Aideed, the Pentagon said.", ["USA DEPLOYS_TROOPS SOM"], []),
 ("Television pictures showed the body of an American soldier being dragged through the streets.", [], []),
 ("President Bill Clinton ordered 200 more soldiers, tanks and armoured vehicles to Somalia.", ["USA DEPLOYS_TROOPS SOM"], ["person:bill-clinton LEADS USA"]),
 ("Pakistani and Malaysian armoured units of the United Nations force helped rescue the trapped Americans.", [], ["PAK SUPPORTS USA", "MYS SUPPORTS USA", "PAK DEPLOYS_TROOPS SOM", "MYS DEPLOYS_TROOPS SOM"]),
 ("Italy, which has troops in Somalia, has criticised the American military tactics.", ["ITA DEPLOYS_TROOPS SOM", "ITA CONDEMNS USA"], []),
]
