DAY = "2002-05-20"
SENTS = [
 ("East Timor became the world's newest nation at midnight, as the United Nations handed over power after two and a half years of administration.", [], []),
 ("Xanana Gusmao, the former guerrilla leader, was sworn in as the country's first president before a crowd of 100,000 in Dili.", [], ["person:xanana-gusmao LEADS TLS"]),
 ("Indonesia's President Megawati Sukarnoputri attended the ceremony despite protests at home.", ["person:megawati-sukarnoputri LEADS IDN"], ["person:megawati-sukarnoputri MEETS TLS"]),
 ("Indonesian troops and militias killed about 1,400 people after the territory voted for independence in 1999.", [], ["IDN ATTACKS TLS"]),
 ("Australia, which led the international peacekeeping force that restored order in 1999, pledged continued aid.", [], ["AUS DEPLOYS_TROOPS TLS", "AUS SUPPORTS TLS"]),
 ("Former President Bill Clinton led the American delegation to the celebrations.", [], ["person:bill-clinton MEETS TLS"]),
]
