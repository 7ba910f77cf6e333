DAY = "1958-07-16"
SENTS = [
 ("About 5,000 United States Marines began landing near Beirut on Tuesday at the request of Lebanon's President Camille Chamoun, a day after a military coup overthrew the pro-Western monarchy in Iraq.", ["USA DEPLOYS_TROOPS LBN", "person:camille-chamoun LEADS LBN"], ["USA SUPPORTS person:camille-chamoun", "USA SUPPORTS LBN"]),
 ("President Dwight Eisenhower said the troops would protect American lives and help Lebanon preserve its independence.", [], ["person:dwight-eisenhower LEADS USA", "USA SUPPORTS LBN"]),
 ("Britain flew paratroopers from Cyprus to Amman after King Hussein of Jordan appealed for help against what he called a plot by the United Arab Republic.", ["GBR DEPLOYS_TROOPS JOR", "person:hussein-bin-talal LEADS JOR"], ["GBR SUPPORTS JOR", "person:hussein-bin-talal CONDEMNS EGY", "GBR DEPLOYS_TROOPS CYP"]),
 ("The Soviet Union denounced the landings as open aggression and demanded the immediate withdrawal of American and British forces.", [], ["SUN CONDEMNS USA", "SUN CONDEMNS GBR"]),
 ("Cairo radio said President Gamal Abdel Nasser, who was visiting Yugoslavia, had cut short his trip and flown to Moscow for talks with Nikita Khrushchev.", ["person:gamal-abdel-nasser MEETS person:nikita-khrushchev", "person:gamal-abdel-nasser MEETS SUN", "person:gamal-abdel-nasser MEETS YUG"], ["person:gamal-abdel-nasser LEADS EGY"]),
]
