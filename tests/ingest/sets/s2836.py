DAY = "1951-10-09"
SENTS = [
 ("The Egyptian government on Monday asked parliament to abrogate the 1936 treaty of alliance with Britain and the 1899 agreement on the joint rule of the Sudan.", [], ["EGY ALLIED_WITH GBR"]),
 ("Prime Minister Mustafa el-Nahas Pasha told the Chamber that King Farouk would become King of Egypt and the Sudan.", [], ["person:farouk-i LEADS EGY"]),
 ("Britain, which keeps some 40,000 troops in the Suez Canal zone under the treaty, said Egypt had no right to end it on its own.", [], ["GBR DEPLOYS_TROOPS EGY", "GBR CONDEMNS EGY"]),
 ("London and Washington are expected to offer Egypt a place in a new Middle East defence command.", [], []),
 ("Washington appealed to Cairo and London to negotiate.", [], []),
]
