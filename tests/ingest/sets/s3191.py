DAY = "1971-03-29"
SENTS = [
 ("Guinean soldiers arrived in Freetown on Sunday to protect Prime Minister Siaka Stevens after an army mutiny, under a defence pact the two countries signed last week.", ["GIN DEPLOYS_TROOPS SLE", "GIN SUPPORTS person:siaka-stevens"], ["person:siaka-stevens LEADS SLE", "GIN ALLIED_WITH SLE"]),
 ("President Sekou Toure said Guinean MiG fighters had flown over Freetown to warn the mutineers.", [], ["person:ahmed-sekou-toure LEADS GIN", "GIN DEPLOYS_TROOPS SLE"]),
 ("Brigadier John Bangura, the former army commander accused of leading the revolt, was arrested.", [], []),
 ("London, which ruled the country until 1961, kept silent.", [], []),
]
