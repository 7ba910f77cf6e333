DAY = "1940-09-24"
SENTS = [
 ("Japanese troops crossed from China into northern Indochina on Monday night and clashed with French garrisons at Lang Son before the Vichy authorities in Hanoi ordered a ceasefire.", ["JPN ATTACKS FRA"], ["FRA ATTACKS JPN", "JPN DEPLOYS_TROOPS VNM"]),
 ("Under an agreement signed in Hanoi on Sunday, France allowed Japan to station 6,000 troops in Tonkin and to use three airfields there.", ["FRA SUPPORTS JPN"], ["JPN DEPLOYS_TROOPS VNM"]),
 ("Washington announced on Wednesday a credit of 25 million dollars for China, to be repaid in tungsten.", ["USA SUPPORTS CHN"], []),
 ("Japanese planes bombed Haiphong before the agreement took effect.", [], ["JPN ATTACKS VNM", "JPN ATTACKS FRA"]),
 ("Chiang Kai-shek's government, whose supplies came in by the railway from Haiphong, protested to Paris.", ["CHN CONDEMNS FRA"], ["person:chiang-kai-shek LEADS CHN"]),
]
