DAY = "1971-04-15"
SENTS = [
 ("India has sent six helicopters and several hundred troops to guard Ceylon's airports as the government of Mrs. Sirimavo Bandaranaike fights a rebellion by young leftist insurgents.", ["IND DEPLOYS_TROOPS LKA"], ["IND SUPPORTS LKA", "person:sirimavo-bandaranaike LEADS LKA"]),
 ("Britain and the United States have flown small arms to Colombo, and the Soviet Union has delivered five MiG-17 jet fighters to the Ceylonese air force.", ["GBR SUPPLIES_ARMS LKA", "USA SUPPLIES_ARMS LKA", "SUN SUPPLIES_ARMS LKA"], []),
 ("The authorities in Colombo have closed the North Korean embassy and charge Pyongyang with having financed the uprising.", ["LKA CONDEMNS PRK"], []),
 ("Yugoslavia and Australia have also offered help.", [], []),
]
