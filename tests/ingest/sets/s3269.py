DAY = "1972-10-02"
SENTS = [
 ("North and South Yemen fought along their border for a sixth day on Sunday, and South Yemeni troops were reported to have captured the town of Qataba.", ["YEM ATTACKS YMD", "YMD ATTACKS YEM"], []),
 ("Aden accused the government in Sanaa of sending exiled tribesmen, armed and paid by Saudi Arabia, across the frontier.", ["YMD CONDEMNS YEM"], ["YMD CONDEMNS SAU", "SAU SUPPORTS YEM"]),
 ("Sanaa said its forces were only defending themselves against attacks by the Marxist regime in the south.", [], ["YEM CONDEMNS YMD"]),
 ("An Arab League mission led by its secretary general, Mahmoud Riad, arrived in Sanaa on Sunday to arrange a ceasefire.", [], ["org:ARAB_LEAGUE MEETS YEM", "person:mahmoud-riad LEADS org:ARAB_LEAGUE", "person:mahmoud-riad MEETS YEM"]),
 ("The Soviet Union, which has armed the Aden government, and Saudi Arabia, which finances Sanaa, both urged restraint.", ["SUN SUPPLIES_ARMS YMD", "SAU SUPPORTS YEM"], []),
]
