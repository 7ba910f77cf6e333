DAY = "2006-09-20"
SENTS = [
 ("The Thai army seized power in a bloodless coup on Tuesday night while Prime Minister Thaksin Shinawatra was at the United Nations in New York.", [], ["person:thaksin-shinawatra LEADS THA", "person:thaksin-shinawatra MEETS org:UN"]),
 ("General Sonthi Boonyaratglin, the army commander, said the military would hand power to a civilian government within two weeks.", [], []),
 ("King Bhumibol Adulyadej, who has reigned over Thailand since 1946, endorsed the coup leaders on Wednesday.", ["person:bhumibol-adulyadej LEADS THA"], []),
 ("The United States said it was disappointed and would review its military aid to Thailand, a treaty ally.", [], ["USA SANCTIONS THA", "USA SUPPORTS THA", "USA ALLIED_WITH THA"]),
 ("Thaksin, who flew from New York to London, said he would take a long rest.", [], []),
 ("China said the coup was an internal affair of Thailand.", [], []),
]
