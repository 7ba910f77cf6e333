DAY = "2024-08-13"
SENTS = [
 ("Ukrainian troops pushed into Russia's Kursk region last week in the largest cross-border incursion since the start of the war.", ["UKR ATTACKS RUS"], ["UKR DEPLOYS_TROOPS RUS"]),
 ("Volodymyr Zelensky said the operation aimed to create a buffer zone and push the war onto Russian territory.", [], []),
 ("Vladimir Putin called the attack a major provocation and ordered the army to drive the Ukrainians out.", [], ["person:vladimir-putin CONDEMNS UKR"]),
 ("Washington said it had not been told in advance but that Kyiv could use American weapons in Kursk.", ["USA SUPPLIES_ARMS UKR"], []),
 ("Belarus, Russia's closest ally, moved troops to its border with Ukraine.", ["BLR ALLIED_WITH RUS"], []),
]
