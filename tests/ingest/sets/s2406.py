DAY = "2005-02-26"
SENTS = [
 ("West African leaders suspended Togo from ECOWAS on Saturday and imposed an arms embargo and a travel ban on its leaders, after the army installed Faure Gnassingbe as president on the death of his father.", ["TGO MEMBER_OF org:ECOWAS"], ["org:ECOWAS SANCTIONS TGO", "person:faure-gnassingbe LEADS TGO"]),
 ("Nigeria's President Olusegun Obasanjo, the bloc's chairman, said the region would not tolerate a military takeover disguised as a succession.", ["person:olusegun-obasanjo LEADS NGA"], ["person:olusegun-obasanjo CONDEMNS TGO"]),
 ("The African Union called the transfer of power in Togo a coup d'etat, and France, the former colonial ruler, urged a return to constitutional order.", ["org:AU CONDEMNS TGO"], ["FRA CONDEMNS TGO"]),
]
