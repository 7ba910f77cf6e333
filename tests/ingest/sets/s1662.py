DAY = "2019-11-13"
SENTS = [
 ("Evo Morales landed in Mexico City on Tuesday after Mexico granted him political asylum, two days after he resigned as Bolivia's president under pressure from the army.", ["MEX SUPPORTS person:evo-morales"], ["person:evo-morales MEETS MEX", "person:evo-morales LEADS BOL"]),
 ("Mexico's foreign minister, Marcelo Ebrard, had arranged a military plane to fly him out after Peru refused permission to refuel there.", [], []),
 ("Morales called his ouster a coup and accused the United States of backing it.", ["person:evo-morales CONDEMNS USA"], []),
 ("Washington said the resignation was a significant moment for democracy in the Western Hemisphere.", [], []),
 ("Russia and Cuba denounced the events as a coup, while Brazil and Colombia said there had been no coup.", [], ["RUS CONDEMNS BOL", "CUB CONDEMNS BOL"]),
]
