DAY = "1946-12-20"
SENTS = [
 ("The Security Council voted unanimously on Thursday to send a commission to look into Greece's charge that Yugoslavia, Albania and Bulgaria are arming and sheltering the guerrillas in its northern provinces.", ["GRC CONDEMNS YUG", "GRC CONDEMNS ALB", "GRC CONDEMNS BGR"], ["GRC MEMBER_OF org:UN"]),
 ("Andrei Gromyko, the Soviet delegate, said the real cause of the fighting was the presence of British troops in Greece.", ["GBR DEPLOYS_TROOPS GRC"], ["person:andrei-gromyko CONDEMNS GBR", "SUN CONDEMNS GBR"]),
 ("Britain keeps about 10,000 soldiers in the country and has equipped the Greek army since the liberation.", ["GBR SUPPLIES_ARMS GRC"], ["GBR DEPLOYS_TROOPS GRC"]),
 ("Belgrade denied the charges and accused the Athens government of persecuting the Slav minority in Macedonia.", ["YUG CONDEMNS GRC"], []),
 ("Belgrade radio said Greek troops had fired across the frontier at Yugoslav border posts last week.", ["GRC ATTACKS YUG"], ["YUG CONDEMNS GRC"]),
]
