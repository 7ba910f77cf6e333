DAY = "1963-07-08"
SENTS = [
 ("Eight American F-100 jet fighters arrived in Saudi Arabia on Sunday to strengthen the kingdom's air defences after repeated Egyptian air raids on its border towns.", ["EGY ATTACKS SAU"], ["USA DEPLOYS_TROOPS SAU", "USA SUPPORTS SAU"]),
 ("Egypt, which has some 28,000 troops fighting for the republican government in Yemen, says the raids were aimed at royalist supply bases inside Saudi territory.", ["EGY DEPLOYS_TROOPS YEM"], ["EGY SUPPORTS YEM", "EGY ATTACKS SAU"]),
 ("Riyadh, in turn, pays the royalists and keeps their mountain strongholds supplied with rifles and mortars from across the border.", [], ["SAU SUPPLIES_ARMS YEM", "SAU SUPPORTS YEM"]),
 ("The first United Nations observers, led by the Swedish general Carl von Horn, reached Sanaa last week to check that both sides keep their promise to disengage.", [], ["org:UN DEPLOYS_TROOPS YEM"]),
 ("Washington, which recognised the Yemeni republic in December, has told Cairo that its jets will defend Saudi air space.", ["USA SUPPORTS YEM"], ["USA ALLIED_WITH SAU", "USA CONDEMNS EGY"]),
]
