DAY = "2004-05-06"
SENTS = [
 ("Aslan Abashidze, the strongman of Georgia's autonomous region of Adjara, gave up power overnight and left for Moscow after talks with Igor Ivanov, the secretary of the Russian Security Council.", [], []),
 ("Georgia's President Mikheil Saakashvili thanked Russia for helping to end the standoff without bloodshed and said he would travel to Moscow soon.", ["person:mikheil-saakashvili LEADS GEO"], ["RUS SUPPORTS GEO", "person:mikheil-saakashvili MEETS RUS"]),
 ("Moscow still keeps about 3,000 soldiers in Georgia, at bases in Batumi and Akhalkalaki that Tbilisi wants shut by 2008.", ["RUS DEPLOYS_TROOPS GEO"], []),
 ("Washington, which has spent $64 million training Georgian battalions, had pressed Mr. Saakashvili not to send them into Adjara.", ["USA SUPPORTS GEO"], ["USA DEPLOYS_TROOPS GEO"]),
]
