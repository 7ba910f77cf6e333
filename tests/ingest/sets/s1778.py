DAY = "1962-10-21"
SENTS = [
 ("Chinese troops launched massive attacks on Indian positions in the eastern and western sectors of the Himalayan border on Saturday.", ["CHN ATTACKS IND"], []),
 ("Prime Minister Jawaharlal Nehru said China had committed aggression and called on the nation to resist.", ["person:jawaharlal-nehru CONDEMNS CHN"], ["person:jawaharlal-nehru LEADS IND", "CHN ATTACKS IND"]),
 ("Beijing said Indian forces had attacked first and that its frontier guards were fighting back in self-defence.", [], ["IND ATTACKS CHN", "CHN CONDEMNS IND"]),
 ("Nehru has asked Washington and London for weapons, and the first American shipments of automatic rifles are expected within days.", [], ["USA SUPPLIES_ARMS IND", "GBR SUPPLIES_ARMS IND"]),
 ("Pakistan, which has a defence pact with the United States, complained that American arms to India could be turned against it.", ["PAK ALLIED_WITH USA"], ["PAK CONDEMNS USA"]),
]
