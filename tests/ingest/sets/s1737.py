DAY = "1972-07-03"
SENTS = [
 ("Indian Prime Minister Indira Gandhi and Pakistani President Zulfikar Ali Bhutto signed an agreement at Simla early on Monday after five days of talks.", ["person:indira-gandhi LEADS IND", "person:zulfikar-ali-bhutto LEADS PAK", "person:indira-gandhi MEETS person:zulfikar-ali-bhutto"], []),
 ("The two countries pledged to settle their differences by peaceful means through bilateral negotiations.", [], []),
 ("India took more than 90,000 Pakistani soldiers prisoner when Pakistan's forces surrendered at Dhaka in December.", [], []),
 ("Bhutto, who flew to Simla with a delegation of eighty officials, called the accord a victory for peace.", [], ["person:zulfikar-ali-bhutto MEETS IND"]),
 ("New Delhi backed Bangladeshi independence fighters last year and its army fought Pakistani forces in East Pakistan.", ["IND ATTACKS PAK"], ["IND SUPPORTS BGD"]),
]
