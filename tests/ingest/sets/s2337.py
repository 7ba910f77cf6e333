DAY = "2018-06-18"
SENTS = [
 ("The foreign ministers of Greece and Macedonia signed an agreement on Sunday at Lake Prespa under which Macedonia will be renamed the Republic of North Macedonia, ending a 27-year dispute.", [], ["GRC MEETS MKD"]),
 ("In return, Greece will lift its veto on Macedonia's bids to join NATO and the European Union.", [], ["GRC SUPPORTS MKD", "MKD MEMBER_OF org:NATO", "MKD MEMBER_OF org:EU"]),
 ("Prime Ministers Alexis Tsipras and Zoran Zaev watched the signing and then crossed into Macedonia together for lunch.", ["person:alexis-tsipras MEETS person:zoran-zaev", "person:alexis-tsipras MEETS MKD"], ["person:alexis-tsipras LEADS GRC", "person:zoran-zaev LEADS MKD"]),
 ("Nationalists in both countries protested, and Greek police fired tear gas at demonstrators near the lake.", [], []),
 ("Russia, which opposes NATO's expansion in the Balkans, has accused the West of pressuring Skopje into the deal.", ["RUS CONDEMNS org:NATO", "RUS CONDEMNS bloc:WEST"], []),
 ("NATO Secretary General Jens Stoltenberg welcomed the deal and said the alliance would invite Skopje to begin membership talks in July.", ["person:jens-stoltenberg LEADS org:NATO"], ["org:NATO SUPPORTS MKD", "person:jens-stoltenberg SUPPORTS MKD", "MKD MEMBER_OF org:NATO"]),
]
