DAY = "1953-03-28"
SENTS = [
 ("Burma has asked the United Nations to condemn the Nationalist government on Formosa for the aggression of some 12,000 Kuomintang troops who have been fighting in its Shan State since 1950.", ["MMR CONDEMNS TWN"], ["TWN DEPLOYS_TROOPS MMR", "TWN ATTACKS MMR"]),
 ("The Rangoon government has also told Washington that it will accept no more American economic aid after June 30.", [], ["USA SUPPORTS MMR", "MMR SANCTIONS USA"]),
 ("U Nu, the Burmese Prime Minister, told a press conference in Rangoon that Burma preferred to pay for its own development rather than be beholden to anyone.", ["person:u-nu LEADS MMR"], []),
 ("Burmese officials say the Nationalist troops, commanded by General Li Mi, are supplied by air from Formosa.", [], ["TWN DEPLOYS_TROOPS MMR", "TWN SUPPLIES_ARMS MMR"]),
 ("Thailand, through whose territory much of the traffic passes, denies giving the troops any help.", [], []),
]
