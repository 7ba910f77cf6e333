DAY = "1995-11-11"
SENTS = [
 ("The Commonwealth suspended Nigeria on Saturday, a day after its military government hanged the writer Ken Saro-Wiwa and eight other activists despite appeals for clemency from around the world.", ["NGA MEMBER_OF org:COMMONWEALTH"], []),
 ("Nelson Mandela, who had pressed General Sani Abacha privately to spare the men, called for sanctions on Nigeria's oil exports.", [], ["person:nelson-mandela LEADS ZAF", "person:nelson-mandela CONDEMNS NGA", "person:nelson-mandela MEETS person:sani-abacha"]),
 ("Britain and the United States recalled their ambassadors from Lagos in protest.", [], ["GBR CONDEMNS NGA", "USA CONDEMNS NGA"]),
 ("The European Union banned arms sales to Nigeria and suspended development aid.", ["org:EU SANCTIONS NGA"], []),
 ("Shell, which pumps about half of Nigeria's oil, said a boycott would hurt ordinary Nigerians.", [], ["GBR TRADES_WITH NGA", "NLD TRADES_WITH NGA"]),
 ("The United States buys about 40 percent of Nigeria's oil exports.", ["NGA TRADES_WITH USA"], []),
]
