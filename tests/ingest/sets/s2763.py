DAY = "1975-02-06"
SENTS = [
 ("A congressional ban on American military aid to Turkey took effect on Wednesday, six months after Turkish troops invaded Cyprus.", ["USA SANCTIONS TUR", "TUR ATTACKS CYP"], ["TUR DEPLOYS_TROOPS CYP", "USA SUPPLIES_ARMS TUR", "USA SUPPORTS TUR"]),
 ("Turkey, a NATO member that guards the alliance's southeastern flank, warned that it would review the future of the 26 American bases on its soil.", ["TUR MEMBER_OF org:NATO"], ["USA DEPLOYS_TROOPS TUR"]),
 ("Turkish forces now hold the northern third of the island, and the Greek Cypriot government in Nicosia controls the rest.", [], ["TUR DEPLOYS_TROOPS CYP"]),
 ("Prime Minister Sadi Irmak's caretaker government said Turkey would buy weapons elsewhere if necessary.", [], ["person:sadi-irmak LEADS TUR"]),
]
