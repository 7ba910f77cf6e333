DAY = "1970-05-01"
SENTS = [
 ("President Richard Nixon announced on Thursday night that American and South Vietnamese troops had crossed into Cambodia to destroy communist sanctuaries along the border.", ["USA DEPLOYS_TROOPS KHM", "RVN DEPLOYS_TROOPS KHM"], ["USA ATTACKS KHM", "RVN ATTACKS KHM", "person:richard-nixon LEADS USA"]),
 ("Nixon said the operation was not an invasion of Cambodia because the areas were occupied by North Vietnamese forces.", [], ["VDR DEPLOYS_TROOPS KHM", "VDR ATTACKS KHM"]),
 ("Prince Norodom Sihanouk, the Cambodian leader ousted in March, called the incursion an act of aggression from his exile in Peking.", [], ["person:norodom-sihanouk CONDEMNS USA"]),
 ("The government of General Lon Nol in Phnom Penh said it had not been consulted.", [], ["person:lon-nol LEADS KHM"]),
 ("Protests broke out on American campuses, and the Soviet Union and China condemned the American move.", ["SUN CONDEMNS USA", "CHN CONDEMNS USA"], []),
]
