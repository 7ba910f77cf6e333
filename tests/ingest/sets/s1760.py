DAY = "1974-07-20"
SENTS = [
 ("Turkish troops landed on the northern coast of Cyprus at dawn on Saturday, five days after a coup backed by the military junta in Athens overthrew President Makarios.", ["TUR ATTACKS CYP"], ["TUR DEPLOYS_TROOPS CYP", "person:makarios-iii LEADS CYP"]),
 ("Prime Minister Bulent Ecevit said Turkey had acted to protect the Turkish Cypriot minority and restore constitutional order.", [], ["person:bulent-ecevit LEADS TUR"]),
 ("Turkish jets bombed Greek Cypriot positions around Nicosia as paratroopers were dropped north of the capital.", ["TUR ATTACKS CYP"], []),
 ("The Security Council unanimously adopted a resolution calling for a ceasefire and the withdrawal of foreign military personnel from the island.", [], []),
 ("Greece ordered a general mobilisation, and the government in Athens accused Ankara of aggression.", ["GRC CONDEMNS TUR"], []),
 ("Secretary of State Henry Kissinger urged both Athens and Ankara to show restraint.", [], []),
]
