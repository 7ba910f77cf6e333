DAY = "2019-09-20"
SENTS = [
 ("Taiwan cut diplomatic ties with Kiribati on Friday after the Pacific nation switched its recognition to Beijing, the second ally Taipei has lost in a week after the Solomon Islands.", ["KIR SUPPORTS CHN"], ["TWN SANCTIONS KIR", "SLB SUPPORTS CHN", "TWN ALLIED_WITH KIR", "TWN ALLIED_WITH SLB"]),
 ("Foreign Minister Joseph Wu said Kiribati had asked for money to buy commercial aircraft and that China had promised it planes and ferries.", [], ["CHN SUPPORTS KIR"]),
 ("Taiwan's President Tsai Ing-wen accused China of using dollar diplomacy to squeeze the island's international space.", ["person:tsai-ing-wen LEADS TWN", "person:tsai-ing-wen CONDEMNS CHN"], []),
 ("China's foreign ministry welcomed Kiribati's decision and said the one-China principle was a universally recognised norm.", ["CHN SUPPORTS KIR"], []),
 ("The United States, which has watched China's growing influence in the Pacific with alarm, said it was deeply disappointed.", [], ["USA CONDEMNS KIR", "USA CONDEMNS CHN"]),
 ("Kiribati, a nation of 33 low-lying atolls, had recognised Taipei since 2003, and Australia remains its largest aid donor.", ["AUS SUPPORTS KIR"], ["KIR SUPPORTS TWN"]),
]
