DAY = "1957-08-31"
SENTS = [
 ("The Federation of Malaya became independent at midnight on Friday, ending 170 years of British rule.", [], []),
 ("Tunku Abdul Rahman, who becomes the country's first prime minister, read the proclamation of independence before a crowd at Merdeka Stadium in Kuala Lumpur.", [], ["person:tunku-abdul-rahman LEADS MYS"]),
 ("Malaya will remain in the Commonwealth, and British troops will stay under a defence agreement to help fight the communist insurgency.", [], ["GBR ALLIED_WITH MYS", "MYS MEMBER_OF org:COMMONWEALTH", "GBR DEPLOYS_TROOPS MYS"]),
 ("The Duke of Gloucester represented Queen Elizabeth at the ceremony.", [], []),
 ("Australia and New Zealand, which have troops in Malaya, welcomed the new state.", ["AUS DEPLOYS_TROOPS MYS", "NZL DEPLOYS_TROOPS MYS"], ["AUS SUPPORTS MYS", "NZL SUPPORTS MYS"]),
]
