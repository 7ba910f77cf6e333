DAY = "2014-08-31"
SENTS = [
 ("Lesotho's prime minister, Thomas Thabane, fled to South Africa on Saturday after soldiers surrounded his residence and seized police headquarters in Maseru.", ["person:tom-thabane LEADS LSO"], ["person:tom-thabane MEETS ZAF"]),
 ("Thabane accused the army chief, Lieutenant General Tlali Kamoli, of staging a coup.", ["person:tom-thabane CONDEMNS person:tlali-kamoli"], []),
 ("South Africa's government said the events bore the hallmarks of a coup and warned that it would not tolerate an unconstitutional change of government.", [], ["ZAF CONDEMNS LSO"]),
 ("The Southern African Development Community, which sent troops to Lesotho in 1998, called an emergency meeting in Pretoria.", ["org:SADC DEPLOYS_TROOPS LSO"], []),
 ("Lesotho, a mountain kingdom entirely surrounded by South Africa, has had several coups since independence from Britain in 1966.", [], []),
]
