DAY = "1952-01-27"
SENTS = [
 ("British troops backed by tanks stormed the Egyptian auxiliary police barracks at Ismailia on Friday after the police refused to give up their arms, killing about 50 policemen.", ["GBR ATTACKS EGY"], []),
 ("Mobs in Cairo set fire to hundreds of British-owned shops, hotels and offices on Saturday in revenge.", [], []),
 ("King Farouk dismissed the Wafd government of Mustafa el-Nahas Pasha and called in the army to restore order.", [], ["person:farouk-i LEADS EGY"]),
 ("Under the 1936 treaty, which Cairo abrogated in October, some 80,000 British soldiers are still garrisoned in Egypt's canal zone.", ["GBR DEPLOYS_TROOPS EGY"], ["GBR ALLIED_WITH EGY"]),
 ("Foreign Secretary Anthony Eden told the Commons that Britain would hold the Egyptian government responsible for the lives of British subjects.", [], ["GBR CONDEMNS EGY", "person:anthony-eden CONDEMNS EGY"]),
]
