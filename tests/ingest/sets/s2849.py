DAY = "1964-09-03"
SENTS = [
 ("About 30 Indonesian paratroopers dropped into the jungle near Labis in southern Malaya on Wednesday, the Malaysian government said.", ["IDN DEPLOYS_TROOPS MYS"], ["IDN ATTACKS MYS"]),
 ("Kuala Lumpur charged Jakarta with naked aggression and took its complaint to the Security Council.", ["MYS CONDEMNS IDN"], []),
 ("Gurkhas of the British army and a New Zealand battalion were sent to help Malaysian forces track down the raiders.", [], ["GBR DEPLOYS_TROOPS MYS", "NZL DEPLOYS_TROOPS MYS", "GBR SUPPORTS MYS", "NZL SUPPORTS MYS"]),
 ("President Sukarno has vowed to crush Malaysia, which he calls a British colonial project.", [], ["person:sukarno LEADS IDN", "person:sukarno CONDEMNS MYS", "person:sukarno ATTACKS MYS", "IDN ATTACKS MYS", "person:sukarno CONDEMNS GBR"]),
 ("Under a 1957 defence pact London is obliged to defend Malaysia.", ["GBR ALLIED_WITH MYS"], []),
]
