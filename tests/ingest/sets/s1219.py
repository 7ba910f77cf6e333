DAY = "2023-08-05"
SENTS = [
 ("ECOWAS gave Niger's coup leaders until Sunday to reinstate President Mohamed Bazoum or face possible military intervention.", [], ["org:ECOWAS CONDEMNS NER"]),
 ("The bloc has already imposed sanctions on Niger, freezing state assets and closing borders.", ["org:ECOWAS SANCTIONS NER"]),
 ("Nigeria cut off electricity supplies to its northern neighbour.", ["NGA SANCTIONS NER"], []),
 ("The juntas in Mali and Burkina Faso said any intervention in Niger would be treated as a declaration of war against them.", [], ["MLI SUPPORTS NER", "BFA SUPPORTS NER"]),
 ("France, which has about 1,500 soldiers in Niger, suspended development aid to the country.", ["FRA DEPLOYS_TROOPS NER"], ["FRA SANCTIONS NER"]),
]
