DAY = "1968-11-20"
SENTS = [
 ("Young army officers led by Lieutenant Moussa Traore overthrew President Modibo Keita of Mali on Tuesday and arrested him as he came back from a trip down the Niger River.", ["person:modibo-keita LEADS MLI"], ["person:moussa-traore LEADS MLI"]),
 ("Keita, a Marxist who had pulled Mali out of the franc zone and turned to Moscow and Peking for arms and advisers, had dissolved parliament last year.", [], ["SUN SUPPLIES_ARMS MLI", "CHN SUPPLIES_ARMS MLI", "SUN DEPLOYS_TROOPS MLI", "CHN DEPLOYS_TROOPS MLI", "person:modibo-keita LEADS MLI"]),
 ("Soviet military instructors are still at the air base near Bamako, according to diplomats.", ["SUN DEPLOYS_TROOPS MLI"], []),
 ("Relations with Paris, long cool under Keita, are expected to warm.", [], []),
]
