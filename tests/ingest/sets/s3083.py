DAY = "1981-11-28"
SENTS = [
 ("President France-Albert Rene of the Seychelles accused South Africa on Friday of backing the mercenaries who tried to overthrow his government this week, and asked the United Nations Security Council to send a mission to the islands.", ["person:france-albert-rene LEADS SYC", "person:france-albert-rene CONDEMNS ZAF"], []),
 ("About 45 men led by Mike Hoare, who fought as a mercenary in the Congo in the 1960s, landed at Mahe airport on Wednesday posing as members of a rugby club, and customs officers found a rifle in their luggage.", [], []),
 ("After a gun battle with Seychelles soldiers, most of them seized an Air India airliner and forced the crew to fly to Durban, where South African police arrested them.", [], []),
 ("Pretoria denied any involvement, and its foreign minister, Pik Botha, said the men would be tried under South Africa's laws against hijacking.", [], []),
 ("Tanzania flew about 200 soldiers to Mahe on Saturday at Mr Rene's request, and Libya offered to help the government rebuild its army.", [], ["TZA DEPLOYS_TROOPS SYC", "LBY SUPPORTS SYC"]),
]
