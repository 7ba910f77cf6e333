DAY = "1978-02-20"
SENTS = [
 ("Egyptian commandos who flew to Cyprus without warning tried to storm a hijacked airliner at Larnaca airport on Sunday night, and 15 of them were killed by Cypriot national guardsmen.", ["EGY DEPLOYS_TROOPS CYP"], ["EGY ATTACKS CYP", "CYP ATTACKS EGY"]),
 ("In Cairo, President Anwar el-Sadat recalled his ambassador from Nicosia and accused Cyprus of a crime against the commandos he had sent.", ["person:anwar-sadat CONDEMNS CYP"], ["person:anwar-sadat LEADS EGY", "EGY CONDEMNS CYP", "EGY DEPLOYS_TROOPS CYP"]),
 ("President Spyros Kyprianou of Cyprus said the Egyptians had violated Cypriot sovereignty by landing troops without permission.", ["person:spyros-kyprianou LEADS CYP", "person:spyros-kyprianou CONDEMNS EGY"], ["EGY DEPLOYS_TROOPS CYP"]),
 ("The gunmen, who had killed an Egyptian editor close to Mr. Sadat at a Nicosia hotel, surrendered to the Cypriot authorities.", [], []),
]
