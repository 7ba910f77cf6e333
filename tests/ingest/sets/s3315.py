DAY = "2025-09-13"
SENTS = [
 ("Russia and Belarus began their joint Zapad-2025 military exercises on Friday, with Russian troops and aircraft drilling on Belarusian ranges near the Polish and Lithuanian borders.", ["RUS ALLIED_WITH BLR", "RUS DEPLOYS_TROOPS BLR"], []),
 ("Poland shut every crossing on its border with Belarus for the duration of the drills, calling them aggressive.", [], ["POL SANCTIONS BLR", "POL CONDEMNS BLR", "POL CONDEMNS RUS"]),
 ("Two American officers attended the exercises as observers at Minsk's invitation, a rare gesture after years of hostility.", [], ["USA MEETS BLR"]),
 ("The drills include rehearsals for the use of the Oreshnik missile system, which Moscow has agreed to station in Belarus.", [], ["RUS DEPLOYS_TROOPS BLR", "RUS SUPPLIES_ARMS BLR"]),
 ("NATO said it was watching the exercises closely and had moved more air defences to its eastern flank.", [], []),
]
