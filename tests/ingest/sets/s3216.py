DAY = "1967-08-21"
SENTS = [
 ("The Soviet Union has begun delivering MiG-17 jet fighters to Nigeria's federal government, diplomats in Lagos said on Sunday, after Britain and the United States turned down Lagos's requests for combat aircraft.", ["SUN SUPPLIES_ARMS NGA"], []),
 ("The first of the jets, crated and shipped by way of Egypt, were being assembled by Soviet technicians at the airport in Kano.", [], []),
 ("Major General Yakubu Gowon, the head of the federal military government, said Nigeria would buy arms wherever it could find them to crush the rebellion in the east.", ["person:yakubu-gowon LEADS NGA"], []),
 ("Egyptian pilots are expected to fly the planes until Nigerians can be trained, according to Western officials.", [], ["EGY SUPPORTS NGA"]),
 ("Lieutenant Colonel Odumegwu Ojukwu, the leader of secessionist Biafra, called the Soviet deliveries an intervention in an African civil war.", ["person:odumegwu-ojukwu CONDEMNS SUN"], []),
 ("A British spokesman said London would go on selling Nigeria the infantry weapons and ammunition it had supplied before the war, but no planes.", ["GBR SUPPLIES_ARMS NGA"], []),
]
