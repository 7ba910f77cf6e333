DAY = "1968-07-20"
SENTS = [
 ("Britain will go on supplying arms to the Nigerian federal government, Prime Minister Harold Wilson told Parliament on Friday, despite growing public anger over starvation in Biafra.", ["GBR SUPPLIES_ARMS NGA"], ["person:harold-wilson LEADS GBR"]),
 ("The Soviet Union has delivered MiG fighters and Ilyushin bombers to Lagos, where Egyptian pilots fly them against rebel positions.", ["SUN SUPPLIES_ARMS NGA"], ["EGY DEPLOYS_TROOPS NGA", "EGY SUPPORTS NGA"]),
 ("Tanzania, Zambia, Gabon and the Ivory Coast have recognised Biafra as an independent state.", [], []),
 ("General Yakubu Gowon, the Nigerian head of state, accused France of sending weapons to the rebels through Gabon.", ["person:yakubu-gowon LEADS NGA", "person:yakubu-gowon CONDEMNS FRA"], ["NGA CONDEMNS FRA"]),
 ("The Organisation of African Unity has backed Nigeria's territorial integrity and offered to host peace talks in Niamey.", ["org:AU SUPPORTS NGA"], []),
]
