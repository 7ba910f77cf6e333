DAY = "1942-02-20"
SENTS = [
 ("Japanese carrier aircraft and bombers from Celebes raided Darwin twice on Thursday, sinking eight ships in the harbour and wrecking the airfield.", ["JPN ATTACKS AUS"], []),
 ("It was the first attack on the Australian mainland, and Mr. Curtin, the Prime Minister, told the nation that the battle for Australia had begun.", [], ["person:john-curtin LEADS AUS", "JPN ATTACKS AUS"]),
 ("Five days after the fall of Singapore, Japanese forces landed on Bali and on the island of Timor, where Australian and Dutch troops have been posted since December.", [], ["JPN ATTACKS NLD", "JPN ATTACKS IDN", "AUS DEPLOYS_TROOPS TLS", "NLD DEPLOYS_TROOPS TLS", "JPN DEPLOYS_TROOPS IDN", "JPN DEPLOYS_TROOPS TLS"]),
 ("Lisbon protested to London in December when the Allied troops were sent into Portuguese Timor without its consent.", ["PRT CONDEMNS GBR"], []),
 ("Washington has promised Canberra more fighter aircraft, and American troops are already arriving in Australia.", ["USA DEPLOYS_TROOPS AUS"], ["USA SUPPLIES_ARMS AUS"]),
]
