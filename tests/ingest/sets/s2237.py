DAY = "1967-05-23"
SENTS = [
 ("President Gamal Abdel Nasser announced on Tuesday that Egypt had closed the Strait of Tiran to Israeli shipping, cutting off the port of Eilat.", [], ["person:gamal-abdel-nasser LEADS EGY", "EGY SANCTIONS ISR", "EGY ATTACKS ISR"]),
 ("Prime Minister Levi Eshkol told the Knesset that Israel would regard interference with its shipping as an act of aggression.", [], ["person:levi-eshkol LEADS ISR", "ISR CONDEMNS EGY"]),
 ("U Thant, the United Nations Secretary-General, flew to Cairo to try to persuade Nasser to reverse the decision.", ["person:u-thant LEADS org:UN", "person:u-thant MEETS EGY"], ["person:gamal-abdel-nasser MEETS person:u-thant"]),
 ("The Soviet Union, Egypt's main arms supplier, accused Israel of massing troops on the Syrian border.", ["SUN SUPPLIES_ARMS EGY", "SUN CONDEMNS ISR"], []),
 ("President Johnson called the blockade illegal and potentially disastrous to the cause of peace.", [], ["person:lyndon-b-johnson LEADS USA", "person:lyndon-b-johnson CONDEMNS EGY"]),
]
