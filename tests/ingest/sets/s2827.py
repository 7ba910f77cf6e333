DAY = "1959-02-23"
SENTS = [
 ("Harold Macmillan, the British Prime Minister, landed in Moscow on Saturday at the start of a ten-day visit and was welcomed at the airport by Nikita Khrushchev.", ["person:harold-macmillan MEETS SUN", "person:harold-macmillan MEETS person:nikita-khrushchev", "person:harold-macmillan LEADS GBR"], ["person:nikita-khrushchev LEADS SUN"]),
 ("Khrushchev repeated his threat of a separate German settlement with the East German regime should the Western powers refuse to talk about Berlin.", [], ["SUN ALLIED_WITH DDR"]),
 ("American, British and French garrisons remain in the western sectors of Berlin.", [], ["USA DEPLOYS_TROOPS DEU", "GBR DEPLOYS_TROOPS DEU", "FRA DEPLOYS_TROOPS DEU"]),
 ("West German Chancellor Konrad Adenauer is said to be uneasy about the trip.", ["person:konrad-adenauer LEADS DEU"], []),
 ("The talks turned sharp on Tuesday when the Soviet leader attacked Western policy on Germany in a speech.", [], []),
]
