DAY = "1979-08-16"
SENTS = [
 ("Andrew Young, the American ambassador to the United Nations, resigned on Wednesday after admitting that he had met the PLO's observer at the United Nations, Zehdi Labib Terzi, in violation of American policy.", [], ["person:andrew-young MEETS person:zehdi-labib-terzi", "person:andrew-young MEETS org:PLO"]),
 ("The United States pledged to Israel in 1975 that it would not negotiate with the PLO until the organization recognized Israel's right to exist.", [], ["USA CONDEMNS org:PLO"]),
 ("Prime Minister Menachem Begin's government protested to Washington over the meeting.", ["ISR CONDEMNS USA"], ["person:menachem-begin LEADS ISR"]),
 ("Black leaders in the United States accused the Carter administration of bowing to Israeli pressure.", [], []),
]
