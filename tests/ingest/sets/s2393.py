DAY = "1996-11-28"
SENTS = [
 ("Nelson Mandela said on Wednesday that South Africa would switch its diplomatic recognition from Taiwan to China at the end of next year.", [], ["ZAF SUPPORTS CHN"]),
 ("Mandela said South Africa could not ignore a country of 1.2 billion people that holds a permanent seat on the UN Security Council.", [], ["CHN MEMBER_OF org:UNSC"]),
 ("Taiwan, which has given South Africa about $100 million in aid and loans, said it was recalling its ambassador from Pretoria.", ["TWN SUPPORTS ZAF"], ["TWN CONDEMNS ZAF"]),
 ("Taiwan's foreign minister, John Chang, accused Mandela of going back on his promise to keep ties with Taipei.", ["person:john-chang CONDEMNS person:nelson-mandela"], ["TWN CONDEMNS person:nelson-mandela"]),
 ("South Africa is Taiwan's largest trading partner in Africa, and Taiwanese companies employ about 40,000 South Africans.", ["ZAF TRADES_WITH TWN"], []),
]
