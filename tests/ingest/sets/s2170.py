DAY = "1957-01-06"
SENTS = [
 ("President Dwight Eisenhower asked Congress on Saturday for authority to use American forces to defend Middle Eastern countries against armed attack by any nation controlled by international communism.", [], ["person:dwight-eisenhower LEADS USA"]),
 ("He also asked for $200 million in economic and military aid for the region over two years.", [], []),
 ("The proposal follows the withdrawal of British and French troops from Egypt after the Suez invasion.", [], ["GBR DEPLOYS_TROOPS EGY", "FRA DEPLOYS_TROOPS EGY", "GBR ATTACKS EGY", "FRA ATTACKS EGY"]),
 ("The Soviet Union denounced the plan as a cover for American colonialism in the Arab world.", ["SUN CONDEMNS USA"], []),
 ("Lebanon welcomed the doctrine, while Egypt and Syria said they would not accept it.", [], ["LBN SUPPORTS USA", "EGY CONDEMNS USA", "SYR CONDEMNS USA"]),
]
