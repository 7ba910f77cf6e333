DAY = "1990-10-06"
SENTS = [
 ("Belgium and France flew several hundred paratroopers to Kigali on Friday to protect their citizens after rebels who invaded Rwanda from Uganda on Monday reached the outskirts of the capital.", ["BEL DEPLOYS_TROOPS RWA", "FRA DEPLOYS_TROOPS RWA"], []),
 ("President Mobutu Sese Seko of Zaire also sent troops to help President Juvenal Habyarimana's army.", ["person:mobutu-sese-seko LEADS COD", "COD DEPLOYS_TROOPS RWA"], ["COD SUPPORTS RWA", "person:mobutu-sese-seko SUPPORTS RWA", "person:juvenal-habyarimana LEADS RWA"]),
 ("Rwanda accused Uganda of arming the rebels, most of them Rwandan Tutsi exiles who had served in the Ugandan army.", ["RWA CONDEMNS UGA"], ["UGA SUPPLIES_ARMS RWA"]),
 ("Uganda's President Yoweri Museveni, who was in New York for a United Nations meeting, denied any involvement and said the rebels had deserted his army.", ["person:yoweri-museveni LEADS UGA"], []),
]
