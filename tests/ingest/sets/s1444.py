DAY = "2019-02-27"
SENTS = [
 ("Indian warplanes struck what New Delhi called a militant training camp near Balakot in Pakistan on Tuesday, twelve days after a suicide bombing killed 40 Indian paramilitary police in Kashmir.", ["IND ATTACKS PAK"], []),
 ("Pakistan shot down an Indian jet the next day and captured its pilot.", ["PAK ATTACKS IND"], []),
 ("Prime Minister Imran Khan said the pilot would be released as a gesture of peace.", [], ["person:imran-khan LEADS PAK"]),
 ("India accuses Pakistan of sheltering Jaish-e-Mohammed, the group that claimed the bombing.", ["IND CONDEMNS PAK"], []),
 ("China, Pakistan's closest ally, urged both sides to show restraint.", ["CHN ALLIED_WITH PAK"], []),
]
