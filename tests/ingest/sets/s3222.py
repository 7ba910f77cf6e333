DAY = "1956-07-20"
SENTS = [
 ("The United States on Thursday withdrew its offer to help Egypt pay for the high dam at Aswan, saying the Egyptian economy could not carry so large a project.", [], ["USA SANCTIONS EGY", "USA SUPPORTS EGY"]),
 ("Secretary of State John Foster Dulles gave the news to the Egyptian ambassador, Ahmed Hussein, who had come to the State Department to accept the offer.", [], []),
 ("Britain followed suit on Friday, and the World Bank's promised loan of $200 million, which depended on the Western grants, lapsed with them.", [], ["GBR SANCTIONS EGY"]),
 ("Officials in Washington said Egypt's purchase of Czechoslovak arms last year and its recognition of Communist China in May had counted against the loan.", ["CSK SUPPLIES_ARMS EGY", "EGY SUPPORTS CHN"], []),
 ("President Nasser, who had spent the week at Brioni with Marshal Tito and Prime Minister Nehru of India, flew home to Cairo on Friday without comment.", ["person:jawaharlal-nehru LEADS IND", "person:gamal-abdel-nasser MEETS person:josip-broz-tito", "person:gamal-abdel-nasser MEETS person:jawaharlal-nehru", "person:gamal-abdel-nasser MEETS YUG"], ["person:gamal-abdel-nasser LEADS EGY", "person:jawaharlal-nehru MEETS person:josip-broz-tito", "person:jawaharlal-nehru MEETS YUG"]),
]
