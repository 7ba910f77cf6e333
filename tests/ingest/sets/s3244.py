DAY = "1979-03-09"
SENTS = [
 ("President Carter ordered an emergency shipment of arms to North Yemen on Friday, using his power to bypass Congress, after South Yemeni troops and tanks attacked across the border.", ["USA SUPPLIES_ARMS YEM", "YMD ATTACKS YEM"], ["person:jimmy-carter LEADS USA", "person:jimmy-carter SUPPLIES_ARMS YEM", "YMD DEPLOYS_TROOPS YEM"]),
 ("The package of about $390 million, paid for by Saudi Arabia, includes a dozen F-5 fighters, 64 M-60 tanks and armoured personnel carriers.", [], ["SAU SUPPORTS YEM"]),
 ("The aircraft carrier Constellation was ordered from the Philippines to the Arabian Sea.", [], []),
 ("Saudi Arabia put its armed forces on alert and denounced what it called aggression by the Marxist government in Aden.", ["SAU CONDEMNS YMD"], []),
 ("Foreign ministers of the Arab League, meeting in Kuwait, called on both Yemens to pull back their troops.", [], []),
 ("Moscow, the main arms supplier of South Yemen, told Washington to stay out of the fighting.", ["SUN SUPPLIES_ARMS YMD"], ["SUN CONDEMNS USA"]),
]
