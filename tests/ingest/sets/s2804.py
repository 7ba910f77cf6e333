DAY = "1972-03-20"
SENTS = [
 ("Prime Minister Indira Gandhi of India and Sheikh Mujibur Rahman signed a 25-year treaty of friendship, cooperation and peace in Dacca on Sunday.", ["person:indira-gandhi LEADS IND", "person:indira-gandhi MEETS person:sheikh-mujibur-rahman", "IND ALLIED_WITH BGD"], ["person:indira-gandhi MEETS BGD", "person:sheikh-mujibur-rahman LEADS BGD"]),
 ("Under the treaty each side undertakes not to join any alliance aimed against the other and to consult at once if either is attacked.", [], []),
 ("The last Indian soldiers left Bangladesh last week, three months after the Pakistani surrender.", [], ["IND DEPLOYS_TROOPS BGD"]),
 ("India has also promised Bangladesh a credit of 250 million rupees and will buy its jute.", [], ["IND SUPPORTS BGD", "IND TRADES_WITH BGD"]),
 ("Pakistan's President Zulfikar Ali Bhutto denounced the treaty as an attempt to make Bangladesh an Indian satellite.", ["person:zulfikar-ali-bhutto LEADS PAK"], ["PAK CONDEMNS IND", "person:zulfikar-ali-bhutto CONDEMNS IND"]),
]
