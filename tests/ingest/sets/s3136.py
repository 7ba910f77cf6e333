DAY = "1986-02-18"
SENTS = [
 ("French Jaguar jets bombed the runway of the Libyan air base at Ouadi Doum in northern Chad on Sunday, a reply to an offensive by rebels armed by Libya south of the 16th parallel.", ["FRA ATTACKS LBY"], []),
 ("A day later a Libyan bomber struck the airport of Ndjamena, the Chadian capital, damaging its only paved runway.", ["LBY ATTACKS TCD"], []),
 ("France said it was sending a battery of Hawk anti-aircraft missiles and several hundred soldiers to protect the capital at the request of President Hissene Habre.", [], ["FRA DEPLOYS_TROOPS TCD", "person:hissene-habre LEADS TCD", "FRA SUPPLIES_ARMS TCD"]),
 ("Libya's leader, Col. Muammar el-Qaddafi, denied that his aircraft had been involved and accused France of aggression against Libyan forces.", ["person:muammar-gaddafi LEADS LBY", "person:muammar-gaddafi CONDEMNS FRA"], ["LBY CONDEMNS FRA"]),
 ("The Reagan Administration announced an emergency shipment of military supplies worth $10 million for the Habre government.", ["USA SUPPLIES_ARMS TCD"], ["USA SUPPORTS TCD"]),
]
