DAY = "2025-09-10"
SENTS = [
 ("Polish and Dutch fighter jets shot down several Russian drones that crossed into Polish airspace overnight, the first time NATO aircraft have fired on Russian assets over alliance territory.", [], ["RUS ATTACKS POL", "org:NATO ATTACKS RUS", "POL ATTACKS RUS", "NLD ATTACKS RUS"]),
 ("Prime Minister Donald Tusk said Poland was closer to open conflict than at any time since the Second World War and invoked Article 4 of the NATO treaty.", [], ["person:donald-tusk LEADS POL", "POL MEMBER_OF org:NATO"]),
 ("Moscow denied targeting Poland and said the drones could not have reached that far.", [], []),
 ("Belarus said it had warned Warsaw that drones were straying towards its territory after being jammed.", [], []),
 ("Germany said it would extend its air policing mission over Poland and send more Eurofighters.", [], ["DEU DEPLOYS_TROOPS POL", "DEU SUPPORTS POL"]),
]
