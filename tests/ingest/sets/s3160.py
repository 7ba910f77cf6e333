DAY = "1983-08-08"
SENTS = [
 ("Captain Thomas Sankara, the former prime minister who was arrested in May, seized power in Upper Volta on Thursday in a coup led by paratroopers from the town of Po.", ["person:thomas-sankara LEADS BFA"], []),
 ("The new National Council of the Revolution said Upper Volta would be friendly towards Libya and Ghana, whose leaders, Colonel Muammar el-Qaddafi and Flight Lieutenant Jerry Rawlings, quickly sent messages of support.", [], ["person:muammar-gaddafi SUPPORTS BFA", "person:jerry-rawlings SUPPORTS BFA", "person:muammar-gaddafi LEADS LBY", "person:jerry-rawlings LEADS GHA"]),
 ("A Libyan transport plane landed in Ouagadougou on Friday with arms and supplies, Western diplomats said.", ["LBY SUPPLIES_ARMS BFA"], ["LBY SUPPORTS BFA"]),
 ("France, the former colonial power, which gives Upper Volta most of its aid, said it was watching events closely.", ["FRA SUPPORTS BFA"], []),
]
