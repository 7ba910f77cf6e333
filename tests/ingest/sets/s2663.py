DAY = "1974-08-15"
SENTS = [
 ("Turkish troops swept across northern Cyprus on Wednesday after the collapse of peace talks in Geneva, seizing the port of Famagusta and cutting the island in two.", ["TUR ATTACKS CYP", "TUR DEPLOYS_TROOPS CYP"], []),
 ("Greece pulled its armed forces out of NATO's integrated military command in protest, saying the alliance had done nothing to halt the offensive.", ["GRC CONDEMNS org:NATO"], ["GRC MEMBER_OF org:NATO"]),
 ("Prime Minister Constantine Karamanlis said Greece would not go to war with Turkey but would ask the United Nations for help.", [], ["person:constantine-karamanlis LEADS GRC"]),
 ("The Security Council called for an immediate ceasefire, and Britain, one of the guarantors of the island's independence, flew more troops to its bases there.", [], ["GBR DEPLOYS_TROOPS CYP"]),
]
