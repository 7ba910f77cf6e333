DAY = "2003-06-05"
SENTS = [
 ("The war crimes court in Sierra Leone indicted President Charles Taylor of Liberia on Wednesday while he was attending peace talks in Ghana, and asked the Ghanaian authorities to arrest him.", ["person:charles-taylor LEADS LBR"], ["person:charles-taylor MEETS GHA"]),
 ("Ghana let him fly home the same day, saying it could not detain a head of state who was its guest.", [], ["GHA SUPPORTS person:charles-taylor"]),
 ("Nigeria's president, Olusegun Obasanjo, said an arrest in Accra would have wrecked the talks.", ["person:olusegun-obasanjo LEADS NGA"], []),
 ("Rebels armed by neighbouring Guinea pushed to within a few miles of Monrovia, and President Bush said Taylor had to step down.", [], ["person:george-w-bush CONDEMNS person:charles-taylor", "person:george-w-bush LEADS USA"]),
]
