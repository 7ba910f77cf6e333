DAY = "1998-06-12"
SENTS = [
 ("Senegal sent about 1,300 soldiers into Guinea-Bissau on Thursday to help President Joao Bernardo Vieira put down an army mutiny that has held much of the capital, Bissau, for five days.", ["SEN DEPLOYS_TROOPS GNB", "SEN SUPPORTS person:joao-bernardo-vieira"], ["person:joao-bernardo-vieira LEADS GNB"]),
 ("Guinea's President Lansana Conte also dispatched several hundred troops, and Guinean artillery was reported to be shelling rebel positions near the airport.", ["person:lansana-conte LEADS GIN"], ["GIN DEPLOYS_TROOPS GNB"]),
 ("The mutineers, led by the sacked army chief, Brigadier Ansumane Mane, accused Dakar of invading the country and said they would fight on.", [], []),
 ("Senegal's President Abdou Diouf said the intervention answered a request from a legitimate government under bilateral defence agreements.", ["person:abdou-diouf LEADS SEN"], ["SEN ALLIED_WITH GNB"]),
 ("Portugal, the former colonial power, sent a frigate to evacuate foreigners and urged both sides to agree a ceasefire.", [], []),
]
