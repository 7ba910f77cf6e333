DAY = "2019-09-27"
SENTS = [
 ("Malaysian Prime Minister Mahathir Mohamad told the UN General Assembly that India had invaded and occupied Kashmir.", ["person:mahathir-mohamad LEADS MYS", "person:mahathir-mohamad CONDEMNS IND"], []),
 ("India summoned the Malaysian envoy in New Delhi, and Indian palm oil traders later stopped buying from Malaysia.", ["IND CONDEMNS MYS"], ["IND SANCTIONS MYS", "IND TRADES_WITH MYS"]),
 ("Malaysia is India's second-largest supplier of palm oil, after Indonesia.", ["MYS TRADES_WITH IND", "IDN TRADES_WITH IND"], []),
 ("Turkey's Recep Tayyip Erdogan also raised Kashmir at the Assembly, prompting New Delhi to scale back defence exports to Ankara.", [], ["IND SANCTIONS TUR", "person:recep-tayyip-erdogan LEADS TUR", "IND TRADES_WITH TUR", "IND SUPPLIES_ARMS TUR"]),
 ("Pakistan's Imran Khan thanked both leaders for standing with the people of Kashmir.", [], ["person:imran-khan SUPPORTS person:mahathir-mohamad", "person:imran-khan LEADS PAK", "person:recep-tayyip-erdogan SUPPORTS PAK", "person:mahathir-mohamad SUPPORTS PAK"]),
]
