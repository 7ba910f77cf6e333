DAY = "1973-07-18"
SENTS = [
 ("Mohammad Daoud Khan, a former prime minister and cousin of King Mohammad Zahir Shah, overthrew the monarchy on Tuesday and proclaimed Afghanistan a republic.", [], ["person:mohammed-daoud-khan LEADS AFG", "person:mohammad-zahir-shah LEADS AFG"]),
 ("The king, who was in Italy for medical treatment, was deposed while abroad.", [], []),
 ("Many of the officers behind the coup were trained in Moscow, and the Kremlin lost no time in extending recognition to the Afghan republic.", ["SUN SUPPORTS AFG"], []),
 ("Pakistan, with which Daoud quarrelled over the Pashtun tribal areas when he was prime minister, voiced concern.", [], ["person:mohammed-daoud-khan CONDEMNS PAK"]),
 ("India welcomed the change.", [], ["IND SUPPORTS AFG"]),
]
