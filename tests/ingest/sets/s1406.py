DAY = "2024-08-05"
SENTS = [
 ("Mali cut diplomatic ties with Ukraine on Sunday after a Ukrainian military intelligence official suggested Kyiv had helped rebels ambush Malian soldiers and Wagner fighters.", [], ["MLI CONDEMNS UKR", "org:WAGNER DEPLOYS_TROOPS MLI"]),
 ("Dozens of Wagner fighters were killed in the fighting near Tinzaouaten in late July.", [], []),
 ("Bamako accused Ukraine of supporting international terrorism.", ["MLI CONDEMNS UKR"], []),
 ("Niger followed suit days later, and ECOWAS condemned foreign interference in the region.", [], ["NER CONDEMNS UKR"]),
 ("Kyiv rejected the accusations and said it had always respected Mali's sovereignty.", [], ["UKR CONDEMNS MLI"]),
]
