DAY = "1960-08-16"
SENTS = [
 ("Cyprus became an independent republic at midnight, ending eighty-two years of British rule.", [], []),
 ("Archbishop Makarios was sworn in as President and Dr. Fazil Kutchuk, the Turkish Cypriot leader, as Vice President.", [], ["person:makarios-iii LEADS CYP"]),
 ("Britain keeps two sovereign base areas on the island at Akrotiri and Dhekelia.", [], ["GBR DEPLOYS_TROOPS CYP"]),
 ("Greek and Turkish army contingents landed at Famagusta this morning under the treaty of alliance.", [], ["GRC DEPLOYS_TROOPS CYP", "TUR DEPLOYS_TROOPS CYP", "GRC ALLIED_WITH CYP", "TUR ALLIED_WITH CYP"]),
 ("The Soviet Union recognized the new republic and proposed to exchange ambassadors.", [], ["SUN SUPPORTS CYP"]),
]
