DAY = "2016-09-04"
SENTS = [
 ("Indian Prime Minister Narendra Modi extended Vietnam a $500 million credit line for defence purchases on Saturday, during the first visit to Hanoi by an Indian prime minister in 15 years.", ["person:narendra-modi LEADS IND", "person:narendra-modi MEETS VNM", "person:narendra-modi SUPPORTS VNM"], ["IND SUPPORTS VNM", "IND SUPPLIES_ARMS VNM"]),
 ("Modi and his Vietnamese counterpart, Nguyen Xuan Phuc, also agreed on a contract for India's Larsen & Toubro to build high-speed patrol boats for the Vietnamese border guard.", [], ["IND SUPPLIES_ARMS VNM", "IND TRADES_WITH VNM", "person:narendra-modi MEETS person:nguyen-xuan-phuc", "person:nguyen-xuan-phuc LEADS VNM"]),
 ("The two countries, which both have territorial disputes with China, upgraded their ties to a comprehensive strategic partnership.", [], ["IND ALLIED_WITH VNM", "IND CONDEMNS CHN", "VNM CONDEMNS CHN"]),
 ("Vietnam has long sought BrahMos cruise missiles from India, a request New Delhi has not granted for fear of angering Beijing.", [], ["IND SUPPLIES_ARMS VNM"]),
]
