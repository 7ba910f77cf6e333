DAY = "1956-01-02"
SENTS = [
 ("Sudan was proclaimed a sovereign republic on New Year's Day, closing 57 years of the Anglo-Egyptian condominium.", [], []),
 ("Britain and Egypt recognized the Sudanese republic at once, and their flags were lowered in Khartoum.", ["GBR SUPPORTS SDN", "EGY SUPPORTS SDN"], []),
 ("Prime Minister Ismail al-Azhari, who once favoured union with Egypt, led his country to full independence instead.", [], ["person:ismail-al-azhari LEADS SDN"]),
 ("British and Egyptian garrisons were withdrawn from the Sudan in November.", ["GBR DEPLOYS_TROOPS SDN", "EGY DEPLOYS_TROOPS SDN"], []),
 ("Washington and Moscow likewise extended recognition to Khartoum.", ["USA SUPPORTS SDN", "SUN SUPPORTS SDN"], []),
]
