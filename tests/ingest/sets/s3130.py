DAY = "1981-09-22"
SENTS = [
 ("Belize became independent on Monday, and about 1,600 British troops will stay on to defend the former colony against Guatemala, which claims its territory.", [], ["GBR DEPLOYS_TROOPS BLZ"]),
 ("Guatemala refused to recognise the new state and closed its border with Belize, calling the independence ceremony illegal.", ["GTM CONDEMNS BLZ"], ["GTM SANCTIONS BLZ"]),
 ("Prime Minister George Price said Belize would seek to join the United Nations and the Commonwealth this week.", [], ["person:george-price LEADS BLZ"]),
 ("Delegations from Washington, Mexico City and Caracas attended the celebrations in Belmopan, where Mexico pledged aid to the new state.", [], ["MEX SUPPORTS BLZ", "USA MEETS BLZ", "MEX MEETS BLZ", "VEN MEETS BLZ"]),
 ("Britain has kept a garrison and a squadron of Harrier jets in Belize since Guatemala massed troops on the border in 1975.", ["GBR DEPLOYS_TROOPS BLZ"], []),
]
