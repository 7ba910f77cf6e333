DAY = "2023-09-12"
SENTS = [
 ("Morocco accepted rescue teams from only four countries after Friday's earthquake: Spain, Britain, Qatar and the United Arab Emirates.", ["ESP SUPPORTS MAR", "GBR SUPPORTS MAR", "QAT SUPPORTS MAR", "ARE SUPPORTS MAR"], []),
 ("France, whose relations with Rabat have been strained, said it was ready to help and pledged five million euros to aid groups.", [], ["FRA SUPPORTS MAR"]),
 ("Algeria, which cut ties with its neighbour in 2021, offered to open its airspace for relief flights.", [], ["DZA CONDEMNS MAR", "DZA SUPPORTS MAR"]),
 ("King Mohammed VI thanked the countries that had sent help.", [], ["person:mohammed-vi LEADS MAR"]),
 ("Spain sent 56 rescuers and four dogs to the Atlas mountains.", ["ESP SUPPORTS MAR"], []),
]
