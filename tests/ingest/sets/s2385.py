DAY = "2019-10-25"
SENTS = [
 ("The Solomon Islands government on Thursday cancelled a deal that would have given a Chinese company a 75-year lease on the island of Tulagi, saying the provincial government had no authority to sign it.", [], ["CHN TRADES_WITH SLB"]),
 ("The agreement with China Sam Enterprise Group alarmed Washington and Canberra, which feared Beijing could build a naval base there.", [], ["USA CONDEMNS CHN", "AUS CONDEMNS CHN"]),
 ("Prime Minister Manasseh Sogavare visited Beijing this month and met Xi Jinping, weeks after his country switched recognition from Taiwan to China.", ["person:manasseh-sogavare MEETS CHN", "person:manasseh-sogavare MEETS person:xi-jinping"], ["person:manasseh-sogavare LEADS SLB", "SLB SUPPORTS CHN"]),
 ("US Vice President Mike Pence had cancelled a meeting with Sogavare in protest at the switch.", [], ["USA CONDEMNS SLB", "person:mike-pence CONDEMNS person:manasseh-sogavare"]),
 ("Australia, the Solomon Islands' largest aid donor, has pledged to fund an undersea internet cable and a new police barracks.", ["AUS SUPPORTS SLB"], []),
]
