DAY = "1952-11-24"
SENTS = [
 ("Andrei Vyshinsky rejected today the Indian plan for ending the deadlock over prisoners of war in Korea.", [], ["person:andrei-vyshinsky CONDEMNS IND"]),
 ("The Soviet Foreign Minister told the Political Committee that the plan was an attempt to cover up American violations of the Geneva convention.", [], ["SUN CONDEMNS USA"]),
 ("Mr. Vyshinsky accused the United States of holding Chinese and North Korean prisoners by force.", ["person:andrei-vyshinsky CONDEMNS USA"], []),
 ("India's delegate, V. K. Krishna Menon, said his country would press the plan to a vote.", [], []),
 ("Britain and Canada, which have troops in Korea, have said they will support the Indian proposal.", ["GBR DEPLOYS_TROOPS KOR", "CAN DEPLOYS_TROOPS KOR"], ["GBR SUPPORTS IND", "CAN SUPPORTS IND"]),
]
