DAY = "1962-10-06"
SENTS = [
 ("Egyptian troops and aircraft have arrived in Yemen to support the republican government that overthrew the Imam last week, Cairo radio said on Friday.", ["EGY DEPLOYS_TROOPS YEM"], ["EGY SUPPORTS YEM"]),
 ("Saudi Arabia and Jordan are supplying arms to the royalist tribes loyal to the deposed Imam, Muhammad al-Badr.", [], []),
 ("Egyptian aircraft bombed Saudi border towns on Thursday, the Saudi government said.", ["EGY ATTACKS SAU"], []),
 ("The Soviet Union was the first major power to recognise the new Yemen Arab Republic.", ["SUN SUPPORTS YEM"], []),
 ("Britain, which rules Aden to the south, has not recognised the republic.", [], []),
]
