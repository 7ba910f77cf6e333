DAY = "2020-10-20"
SENTS = [
 ("Azerbaijani forces have used Turkish-made Bayraktar TB2 drones to devastating effect against Armenian tanks in Nagorno-Karabakh.", ["TUR SUPPLIES_ARMS AZE", "AZE ATTACKS ARM"], []),
 ("Israel has also sold Azerbaijan loitering munitions, prompting Armenia to recall its ambassador from Tel Aviv.", ["ISR SUPPLIES_ARMS AZE"], ["ARM CONDEMNS ISR"]),
 ("Yerevan accuses Ankara of sending Syrian mercenaries to fight for Baku, which Turkey denies.", ["ARM CONDEMNS TUR"], ["TUR SUPPORTS AZE"]),
 ("Russia, which has a military base in Armenia, has called for a ceasefire.", ["RUS DEPLOYS_TROOPS ARM"], []),
 ("Iran, which borders the region, warned that stray shells had landed on its territory.", [], []),
]
