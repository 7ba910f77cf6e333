DAY = "2006-05-27"
SENTS = [
 ("Australian troops took control of Dili's airport and patrolled the streets of the East Timorese capital on Friday after the government asked for help to end fighting between rival factions of the security forces.", ["AUS DEPLOYS_TROOPS TLS"], []),
 ("Malaysian and Portuguese contingents and a company from New Zealand are due within days, taking the international force to about 2,500 troops and police.", [], ["NZL DEPLOYS_TROOPS TLS", "MYS DEPLOYS_TROOPS TLS", "PRT DEPLOYS_TROOPS TLS"]),
 ("Prime Minister John Howard said Canberra would keep its forces in East Timor for as long as needed to restore order.", ["AUS DEPLOYS_TROOPS TLS"], ["person:john-howard LEADS AUS", "person:john-howard DEPLOYS_TROOPS TLS"]),
 ("President Xanana Gusmao, a former guerrilla leader, thanked Australia for responding so quickly.", [], ["person:xanana-gusmao SUPPORTS AUS", "AUS SUPPORTS person:xanana-gusmao", "AUS SUPPORTS TLS", "person:xanana-gusmao LEADS TLS"]),
]
