DAY = "2022-09-10"
SENTS = [
 ("Ukrainian forces recaptured the towns of Izium and Kupiansk on Saturday in a lightning counteroffensive that forced Russian troops to abandon much of the Kharkiv region.", ["UKR ATTACKS RUS"], ["RUS DEPLOYS_TROOPS UKR"]),
 ("Russia's defence ministry said it was regrouping its forces to strengthen its positions in Donetsk, the first public admission of a setback since it withdrew from around Kyiv in March.", [], ["RUS DEPLOYS_TROOPS UKR"]),
 ("Russian soldiers left behind tanks, ammunition and armoured vehicles as they retreated eastward, according to Ukrainian officials.", [], []),
 ("US Secretary of State Antony Blinken, who visited Kyiv on Thursday, announced $2.2 billion in long-term military financing for Ukraine and 17 of its neighbours.", ["person:antony-blinken MEETS UKR", "USA SUPPORTS UKR"], ["USA SUPPLIES_ARMS UKR", "person:antony-blinken SUPPORTS UKR"]),
 ("Ukraine has used American HIMARS rocket launchers to strike Russian ammunition depots and supply lines far behind the front.", ["USA SUPPLIES_ARMS UKR", "UKR ATTACKS RUS"], []),
 ("In a rare rebuke, the Chechen leader Ramzan Kadyrov said the Russian defence ministry had made mistakes.", [], ["person:ramzan-kadyrov CONDEMNS RUS"]),
]
