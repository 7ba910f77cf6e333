DAY = "2023-06-25"
SENTS = [
 ("Wagner fighters led by Yevgeny Prigozhin seized the southern Russian city of Rostov-on-Don on Saturday and advanced towards Moscow.", [], ["org:WAGNER ATTACKS RUS", "person:yevgeny-prigozhin LEADS org:WAGNER"]),
 ("Belarusian President Alexander Lukashenko brokered a deal under which Prigozhin would move to Belarus.", ["person:alexander-lukashenko LEADS BLR"], []),
 ("Vladimir Putin called the mutiny a stab in the back and vowed to punish the traitors.", [], []),
 ("Turkish President Recep Tayyip Erdogan called Putin on Saturday and expressed full support for the Russian government.", ["person:recep-tayyip-erdogan LEADS TUR", "person:recep-tayyip-erdogan MEETS person:vladimir-putin", "person:recep-tayyip-erdogan SUPPORTS RUS"], []),
 ("Wagner fighters had fought alongside Russian troops in Bakhmut and earlier deployed to Syria, Libya and Mali.", ["org:WAGNER DEPLOYS_TROOPS RUS", "org:WAGNER DEPLOYS_TROOPS SYR", "org:WAGNER DEPLOYS_TROOPS LBY", "org:WAGNER DEPLOYS_TROOPS MLI"], ["RUS DEPLOYS_TROOPS UKR", "org:WAGNER SUPPORTS RUS"]),
]
