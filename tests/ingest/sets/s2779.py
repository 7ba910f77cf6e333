DAY = "1976-11-16"
SENTS = [
 ("Columns of Syrian tanks rolled into Beirut on Monday as the vanguard of an Arab peacekeeping force, ending 19 months of civil war in the Lebanese capital.", ["SYR DEPLOYS_TROOPS LBN"], []),
 ("President Elias Sarkis, who asked the Arab League for the force, welcomed the troops.", [], ["person:elias-sarkis LEADS LBN", "person:elias-sarkis SUPPORTS SYR"]),
 ("A Sudanese battalion and smaller Saudi and Emirati units are serving in Lebanon beside the Syrians.", ["SDN DEPLOYS_TROOPS LBN", "SAU DEPLOYS_TROOPS LBN", "ARE DEPLOYS_TROOPS LBN"], []),
 ("Israel has warned that it would act if the Syrians moved south toward its border.", [], ["ISR CONDEMNS SYR"]),
]
