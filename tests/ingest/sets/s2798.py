DAY = "1977-02-25"
SENTS = [
 ("President Carter said on Wednesday that Idi Amin's killings had disgusted the whole civilized world.", ["person:jimmy-carter CONDEMNS person:idi-amin"], ["person:jimmy-carter LEADS USA", "USA CONDEMNS UGA", "person:jimmy-carter CONDEMNS UGA"]),
 ("Amin responded by barring the roughly 200 Americans in Uganda from leaving and summoning them to meet him in Kampala on Monday.", [], ["person:idi-amin SANCTIONS USA", "UGA SANCTIONS USA"]),
 ("Britain, which broke relations with Uganda last year, said Archbishop Janani Luwum and two cabinet ministers had almost certainly been murdered.", [], ["GBR SANCTIONS UGA", "GBR CONDEMNS UGA"]),
 ("Kenya and Tanzania closed their borders to Ugandan traffic.", ["KEN SANCTIONS UGA", "TZA SANCTIONS UGA"], []),
 ("Libya, Amin's main foreign backer, has sent Uganda arms and several hundred soldiers.", ["LBY SUPPORTS person:idi-amin", "LBY SUPPLIES_ARMS UGA", "LBY DEPLOYS_TROOPS UGA"], []),
]
