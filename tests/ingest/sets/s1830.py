DAY = "2014-03-02"
SENTS = [
 ("Russia's upper house of parliament on Saturday unanimously approved President Vladimir Putin's request to use military force in Ukraine.", [], ["RUS ATTACKS UKR", "person:vladimir-putin LEADS RUS"]),
 ("Armed men in uniforms without insignia have seized airports and government buildings in Crimea, home to Russia's Black Sea Fleet.", [], ["RUS DEPLOYS_TROOPS UKR"]),
 ("Ukraine's acting President Oleksandr Turchynov put the army on full combat alert and accused Moscow of open aggression.", ["person:oleksandr-turchynov LEADS UKR", "person:oleksandr-turchynov CONDEMNS RUS"], []),
 ("President Barack Obama told Putin in a 90-minute phone call that Russia had violated Ukraine's sovereignty.", ["person:barack-obama MEETS person:vladimir-putin"], ["person:barack-obama LEADS USA", "person:barack-obama CONDEMNS RUS"]),
 ("The United States said it would suspend preparations for the G8 summit in Sochi in June.", [], []),
]
