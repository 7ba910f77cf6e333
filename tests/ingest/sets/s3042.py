DAY = "1960-09-15"
SENTS = [
 ("Colonel Joseph Mobutu, the Congolese Army chief of staff, announced last night that the army was taking power until the end of the year.", [], ["person:mobutu-sese-seko LEADS COD"]),
 ("He ordered the Soviet and Czechoslovak embassies to leave the Congo within forty-eight hours.", [], ["COD CONDEMNS SUN", "COD CONDEMNS CSK", "person:mobutu-sese-seko CONDEMNS SUN", "person:mobutu-sese-seko CONDEMNS CSK"]),
 ("Premier Patrice Lumumba, who had received Soviet trucks and transport planes for his troops, said he was still the head of the government.", ["SUN SUPPORTS person:patrice-lumumba"], ["SUN SUPPLIES_ARMS person:patrice-lumumba", "SUN SUPPORTS COD", "SUN SUPPLIES_ARMS COD", "person:patrice-lumumba LEADS COD"]),
 ("President Joseph Kasavubu, who dismissed Mr. Lumumba last week, welcomed the army's move.", [], ["person:joseph-kasavubu LEADS COD", "person:joseph-kasavubu CONDEMNS person:patrice-lumumba"]),
 ("Ghana and Guinea, which have troops in the United Nations force, protested the expulsion of the Russians.", [], ["GHA DEPLOYS_TROOPS COD", "GIN DEPLOYS_TROOPS COD", "GHA CONDEMNS COD", "GIN CONDEMNS COD"]),
]
