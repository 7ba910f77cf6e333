DAY = "1954-12-03"
SENTS = [
 ("Washington and the Nationalist Chinese government on Formosa concluded a mutual security pact on Thursday; each side is bound to act if Formosa or the Pescadores come under attack.", ["USA ALLIED_WITH TWN"], []),
 ("Communist China's guns have shelled the offshore island of Quemoy since September.", [], ["CHN ATTACKS TWN"]),
 ("Premier Chou En-lai said the treaty was a grave war provocation and vowed that China would liberate Formosa.", [], ["person:zhou-enlai LEADS CHN", "CHN CONDEMNS USA", "CHN ATTACKS TWN", "person:zhou-enlai CONDEMNS USA"]),
 ("The Seventh Fleet has patrolled the Formosa Strait since the Korean War began in 1950.", [], []),
 ("Washington supplies Chiang's forces with jets, tanks and naval vessels.", ["USA SUPPLIES_ARMS TWN"], []),
]
