DAY = "1958-02-02"
SENTS = [
 ("Egypt and Syria merged on Saturday into a single state, the United Arab Republic, with President Gamal Abdel Nasser as its head.", [], ["EGY ALLIED_WITH SYR", "person:gamal-abdel-nasser LEADS EGY"]),
 ("President Shukri al-Quwatli of Syria signed the proclamation with Nasser in Cairo.", ["person:shukri-al-quwatli LEADS SYR", "person:shukri-al-quwatli MEETS person:gamal-abdel-nasser", "person:shukri-al-quwatli MEETS EGY"], []),
 ("King Hussein of Jordan said he would discuss a federation with Iraq.", ["person:hussein-bin-talal LEADS JOR"], ["JOR MEETS IRQ", "person:hussein-bin-talal MEETS IRQ"]),
 ("The Soviet Union welcomed the union, while the United States said it would wait to see how it worked.", [], []),
 ("Yemen said it would join the new state in a looser federation.", [], []),
]
