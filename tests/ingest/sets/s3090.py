DAY = "1986-05-20"
SENTS = [
 ("South African commandos and aircraft struck targets in Zimbabwe, Zambia and Botswana on Monday in raids that Pretoria said were aimed at bases of the African National Congress.", ["ZAF ATTACKS ZWE", "ZAF ATTACKS ZMB", "ZAF ATTACKS BWA"], []),
 ("Helicopter-borne troops blew up an office in Harare, and jets bombed a refugee camp outside Lusaka, killing two people.", [], ["ZAF ATTACKS ZWE", "ZAF ATTACKS ZMB"]),
 ("Zambia's President Kenneth Kaunda denounced the raids as state terrorism, and Robert Mugabe, Zimbabwe's prime minister, accused Pretoria of trying to sabotage the Commonwealth's peace effort.", ["person:kenneth-kaunda LEADS ZMB", "person:robert-mugabe LEADS ZWE", "person:robert-mugabe CONDEMNS ZAF"], ["person:kenneth-kaunda CONDEMNS ZAF"]),
 ("The Commonwealth's Eminent Persons Group, which had been holding talks with the South African government, cut short its visit and left the country.", [], ["org:COMMONWEALTH MEETS ZAF"]),
 ("Britain and the United States condemned the attacks, and Washington expelled South Africa's military attache.", ["GBR CONDEMNS ZAF", "USA CONDEMNS ZAF"], ["USA SANCTIONS ZAF"]),
]
