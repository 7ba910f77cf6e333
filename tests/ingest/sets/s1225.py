DAY = "2025-05-30"
SENTS = [
 ("Russia's foreign intelligence service accused Serbian arms makers of supplying ammunition to Ukraine through intermediaries in the Czech Republic and Poland.", ["RUS CONDEMNS SRB"], ["SRB SUPPLIES_ARMS UKR"]),
 ("Aleksandar Vučić said his government would investigate but insisted that Serbia had never sold weapons directly to Kyiv.", [], []),
 ("Serbian-made shells worth an estimated 800 million euros have reached Ukraine since 2022, according to a Balkan Insight investigation.", ["SRB SUPPLIES_ARMS UKR"], []),
 ("Belgrade, a candidate for EU membership, has refused to join Western sanctions on Moscow.", [], ["bloc:WEST SANCTIONS RUS"]),
 ("Vučić attended Russia's Victory Day parade in Moscow in May despite warnings from Brussels.", ["person:aleksandar-vucic MEETS RUS"], []),
]
