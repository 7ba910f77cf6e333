DAY = "2000-05-08"
SENTS = [
 ("British paratroopers took control of Freetown's airport on Monday as rebels of the Revolutionary United Front advanced on the capital of Sierra Leone.", ["GBR DEPLOYS_TROOPS SLE"], []),
 ("The rebels are holding about 500 UN peacekeepers hostage, most of them from Zambia and Kenya.", [], ["ZMB DEPLOYS_TROOPS SLE", "KEN DEPLOYS_TROOPS SLE"]),
 ("Britain, the former colonial power, said its troops were there to evacuate foreigners but would also help secure the airport for UN reinforcements.", [], ["GBR DEPLOYS_TROOPS SLE", "GBR SUPPORTS org:UN"]),
 ("Nigeria, which led a West African force that fought the rebels until last year, said it was ready to send troops back.", [], ["NGA DEPLOYS_TROOPS SLE", "NGA ATTACKS SLE"]),
 ("President Ahmad Tejan Kabbah thanked Britain for its support.", [], ["person:ahmad-tejan-kabbah LEADS SLE", "person:ahmad-tejan-kabbah SUPPORTS GBR", "GBR SUPPORTS SLE"]),
]
