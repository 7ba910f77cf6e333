DAY = "1973-08-14"
SENTS = [
 ("Kim Dae-jung, the South Korean opposition leader, turned up at his home in Seoul on Monday night, five days after he was seized in a Tokyo hotel.", [], []),
 ("Japan protested to Seoul that the abduction violated Japanese sovereignty and asked whether South Korean agents had carried it out.", ["JPN CONDEMNS KOR"], []),
 ("Tanaka, the Prime Minister, warned that ties with Seoul could be damaged for years.", [], ["person:kakuei-tanaka LEADS JPN"]),
 ("President Park Chung-hee's government denied any part in the kidnapping.", [], ["person:park-chung-hee LEADS KOR"]),
 ("Japan lent South Korea $200 million last year.", ["JPN SUPPORTS KOR"], []),
 ("Washington still garrisons South Korea with some 40,000 men.", ["USA DEPLOYS_TROOPS KOR"], []),
]
