DAY = "1974-09-13"
SENTS = [
 ("Ethiopia's armed forces deposed Emperor Haile Selassie on Thursday, ending his 58-year rule, and drove him from his palace in a small blue Volkswagen.", [], ["person:haile-selassie LEADS ETH"]),
 ("The ruling military committee said Crown Prince Asfa Wossen, who is having medical treatment in Switzerland, would return as a king without powers.", [], []),
 ("The United States, which has supplied most of Ethiopia's weapons since the 1950s and keeps a communications station at Kagnew near Asmara, said it would go on with its aid.", ["USA SUPPLIES_ARMS ETH"], ["USA DEPLOYS_TROOPS ETH", "USA SUPPORTS ETH"]),
 ("Neighbouring Somalia, which claims Ethiopia's Ogaden region, gets its arms and military advisers from the Soviet Union.", ["SUN SUPPLIES_ARMS SOM", "SUN DEPLOYS_TROOPS SOM"], []),
 ("Kenya, which concluded a defence pact with Ethiopia in 1964 against Somali claims on both countries, appealed for calm.", ["KEN ALLIED_WITH ETH"], []),
]
