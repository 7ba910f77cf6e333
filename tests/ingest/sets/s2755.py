DAY = "1978-07-04"
SENTS = [
 ("China said on Monday that it had stopped all economic and technical aid to Vietnam and was calling home the Chinese experts working on 72 projects there.", [], ["CHN SUPPORTS VNM", "CHN SANCTIONS VNM"]),
 ("Peking accused Hanoi of persecuting the ethnic Chinese in Vietnam, more than 130,000 of whom have fled across the border into China this year.", ["CHN CONDEMNS VNM"], []),
 ("Vietnam, which joined the Soviet-led Council for Mutual Economic Assistance last week, called the aid cutoff a crude form of pressure.", ["VNM MEMBER_OF org:COMECON"], ["VNM CONDEMNS CHN"]),
 ("Moscow, which already supplies most of Vietnam's oil, fertilizer and weapons, has promised to make up for the lost aid.", ["SUN TRADES_WITH VNM", "SUN SUPPLIES_ARMS VNM"], ["SUN SUPPORTS VNM"]),
]
