DAY = "1947-10-29"
SENTS = [
 ("Indian troops were flown into Srinagar on Monday after the Maharaja of Kashmir signed the accession of his state to India.", [], ["IND DEPLOYS_TROOPS PAK"]),
 ("Thousands of tribesmen from Pakistan's North-West Frontier Province have advanced to within a few miles of the city.", [], []),
 ("Pakistan denied sending the raiders and accused India of seizing Kashmir by fraud.", ["PAK CONDEMNS IND"], []),
 ("Mohammed Ali Jinnah, the Governor-General of Pakistan, had ordered troops into Kashmir but cancelled the order when the British commander-in-chief threatened to resign.", ["person:muhammad-ali-jinnah LEADS PAK"], []),
 ("Prime Minister Jawaharlal Nehru said India would let the people of Kashmir decide their future once order was restored.", [], ["person:jawaharlal-nehru LEADS IND"]),
]
