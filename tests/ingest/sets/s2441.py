DAY = "2005-10-12"
SENTS = [
 ("American military helicopters began flying food and tents into the mountains of Pakistani Kashmir on Tuesday, three days after an earthquake killed more than 20,000 people.", ["USA SUPPORTS PAK"], ["USA DEPLOYS_TROOPS PAK"]),
 ("President Pervez Musharraf accepted an offer of help from India, Pakistan's long-time rival, which sent 25 tonnes of relief supplies by air.", ["IND SUPPORTS PAK"], ["person:pervez-musharraf LEADS PAK"]),
 ("Prime Minister Manmohan Singh telephoned Musharraf to offer condolences, the first such call since the two men met in New York last month.", ["person:manmohan-singh MEETS person:pervez-musharraf"], ["person:manmohan-singh LEADS IND"]),
 ("Britain, Germany and Japan also sent rescue teams, and NATO agreed to airlift supplies from Europe.", [], ["GBR SUPPORTS PAK", "DEU SUPPORTS PAK", "JPN SUPPORTS PAK", "org:NATO SUPPORTS PAK"]),
 ("Musharraf refused, however, to allow Indian army helicopters to fly relief missions in Pakistani Kashmir.", [], []),
]
