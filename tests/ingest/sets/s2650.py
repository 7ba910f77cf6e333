DAY = "2020-03-06"
SENTS = [
 ("Vladimir Putin and Recep Tayyip Erdogan agreed on a ceasefire in Syria's Idlib province after six hours of talks in the Kremlin on Thursday.", ["person:vladimir-putin MEETS person:recep-tayyip-erdogan"], ["person:recep-tayyip-erdogan MEETS RUS"]),
 ("The truce halts a Syrian government offensive, backed by Russian air power, that has driven nearly a million people from their homes.", ["RUS SUPPORTS SYR"], ["RUS ATTACKS SYR"]),
 ("Turkey, which backs rebel groups in Idlib, lost 34 soldiers in a Syrian air strike last week and retaliated with drone attacks on government forces.", ["SYR ATTACKS TUR"], ["TUR ATTACKS SYR", "TUR DEPLOYS_TROOPS SYR"]),
 ("Russian and Turkish troops will hold joint patrols along the main highway through the province.", [], ["RUS DEPLOYS_TROOPS SYR", "TUR DEPLOYS_TROOPS SYR"]),
 ("Turkey already hosts 3.6 million Syrian refugees and has closed its border to new arrivals.", [], []),
]
