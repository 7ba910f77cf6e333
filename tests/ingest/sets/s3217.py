DAY = "1969-09-04"
SENTS = [
 ("Egypt, Syria and Iraq on Tuesday recognized the revolutionary government that army officers set up in Libya after deposing King Idris on Monday.", ["EGY SUPPORTS LBY", "SYR SUPPORTS LBY", "IRQ SUPPORTS LBY"], []),
 ("The king, who is 79, was taking a cure at a spa in Turkey when the officers seized the palace and the radio station in Benghazi.", [], []),
 ("The new rulers, who call themselves the Revolutionary Command Council, have not named their leader and have closed Libya's airports and borders.", [], []),
 ("In a broadcast from Benghazi, the council said it would honour Libya's oil contracts and asked foreign companies to keep working.", [], []),
 ("Washington said it was watching the situation at Wheelus Air Base, the big American installation outside Tripoli, where some 4,000 servicemen are stationed.", ["USA DEPLOYS_TROOPS LBY"], []),
 ("Britain, which keeps troops at El Adem and Tobruk under a treaty with the king, said it would not intervene.", ["GBR DEPLOYS_TROOPS LBY"], ["GBR ALLIED_WITH LBY"]),
]
