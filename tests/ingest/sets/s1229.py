DAY = "2025-04-10"
SENTS = [
 ("Pete Hegseth told an audience in Panama City that the United States would take back the Panama Canal from Chinese influence.", ["person:pete-hegseth MEETS PAN"], []),
 ("Panama agreed to allow rotating deployments of US troops to areas near the canal, though not permanent bases.", [], ["PAN SUPPORTS USA", "USA DEPLOYS_TROOPS PAN"]),
 ("President José Raúl Mulino rejected any suggestion that Panama's sovereignty was up for negotiation.", [], ["person:jose-raul-mulino LEADS PAN"]),
 ("The Hong Kong conglomerate CK Hutchison agreed to sell its ports at both ends of the canal to a consortium led by BlackRock.", [], []),
 ("Beijing criticised the sale and ordered regulators to review it.", [], []),
]
