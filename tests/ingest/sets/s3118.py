DAY = "1972-09-19"
SENTS = [
 ("Ugandan planes bombed the Tanzanian towns of Bukoba and Mwanza on Monday, a day after exiles loyal to the deposed president, Milton Obote, invaded southern Uganda from Tanzania.", ["UGA ATTACKS TZA"], []),
 ("President Idi Amin accused Tanzania of sending its own soldiers with the invaders and said he would fight until they were driven out.", ["person:idi-amin CONDEMNS TZA"], ["person:idi-amin LEADS UGA"]),
 ("Tanzania's President Julius Nyerere denied that his army had taken part and said Dr Obote's supporters had acted alone.", ["person:julius-nyerere LEADS TZA"], []),
 ("Libya flew about 400 troops and arms to Entebbe to help President Amin, stopping to refuel in Khartoum, where the Sudanese authorities made them land.", ["LBY DEPLOYS_TROOPS UGA", "LBY SUPPORTS person:idi-amin", "LBY SUPPLIES_ARMS UGA"], []),
 ("President Siad Barre of Somalia offered to mediate and sent his foreign minister to Kampala and Dar es Salaam.", ["person:siad-barre LEADS SOM"], ["SOM MEETS UGA", "SOM MEETS TZA"]),
]
