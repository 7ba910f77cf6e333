DAY = "1952-07-27"
SENTS = [
 ("King Farouk of Egypt abdicated on Saturday under pressure from the army and sailed from Alexandria into exile in Italy.", ["person:farouk-i LEADS EGY"], []),
 ("General Mohammed Naguib, leader of Wednesday's coup, promised to rid the country of graft.", [], []),
 ("British troops in the Suez Canal zone were put on alert but did not intervene.", [], ["GBR DEPLOYS_TROOPS EGY"]),
 ("Britain keeps some 80,000 soldiers at its bases in Egypt along the canal.", ["GBR DEPLOYS_TROOPS EGY"], []),
 ("Washington, which has long pressed the British to reach a settlement with the Egyptians, called for calm.", [], []),
]
