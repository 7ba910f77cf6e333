DAY = "1994-04-07"
SENTS = [
 ("The presidents of Rwanda and Burundi were killed on Wednesday night when their plane was shot down as it approached the airport in Kigali.", [], []),
 ("Juvenal Habyarimana, who had ruled Rwanda since 1973, and Cyprien Ntaryamira of Burundi were returning from regional peace talks in Tanzania.", ["person:juvenal-habyarimana LEADS RWA"], ["person:cyprien-ntaryamira LEADS BDI", "person:cyprien-ntaryamira MEETS TZA", "person:juvenal-habyarimana MEETS TZA"]),
 ("Soldiers of the presidential guard began killing opposition politicians and Tutsi civilians in the capital, and the prime minister, Agathe Uwilingiyimana, was among the dead.", [], []),
 ("Belgium, which has about 400 troops in the UN peacekeeping force in Rwanda, said ten of its paratroopers had been killed.", ["BEL DEPLOYS_TROOPS RWA"], ["org:UN DEPLOYS_TROOPS RWA"]),
 ("France, which has backed Habyarimana's government with military advisers, sent troops to evacuate foreigners.", ["FRA SUPPORTS RWA"], ["FRA DEPLOYS_TROOPS RWA", "FRA SUPPORTS person:juvenal-habyarimana"]),
 ("The Security Council called on all sides to stop the violence.", [], []),
]
