DAY = "2023-07-20"
SENTS = [
 ("Russia refused on Monday to extend the Black Sea grain deal, which had let Ukraine export more than 30 million tonnes of food by sea.", [], []),
 ("Russian missiles and drones pounded Ukraine's port of Odesa for a third night, destroying grain terminals.", ["RUS ATTACKS UKR"], []),
 ("Turkey's President Recep Tayyip Erdogan, who brokered the deal with the United Nations, said he would try to persuade Putin to return to it.", ["person:recep-tayyip-erdogan LEADS TUR"], []),
 ("The European Union condemned Moscow for using hunger as a weapon.", ["org:EU CONDEMNS RUS"], []),
 ("Kenya's foreign ministry said the decision was a stab in the back for countries in the Horn of Africa.", [], ["KEN CONDEMNS RUS"]),
]
