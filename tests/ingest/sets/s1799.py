DAY = "2016-04-10"
SENTS = [
 ("Egypt agreed on Saturday to hand over two uninhabited Red Sea islands, Tiran and Sanafir, to Saudi Arabia during a visit to Cairo by King Salman.", ["person:salman-bin-abdulaziz MEETS EGY"], ["person:salman-bin-abdulaziz LEADS SAU"]),
 ("King Salman and President Abdel Fattah al-Sisi also signed agreements worth billions of dollars, including a Saudi-funded bridge across the Red Sea linking the two countries.", ["person:abdel-fattah-el-sisi MEETS person:salman-bin-abdulaziz"], ["SAU SUPPORTS EGY", "EGY TRADES_WITH SAU", "person:salman-bin-abdulaziz LEADS SAU"]),
 ("Saudi Arabia has given Egypt billions of dollars in aid and cheap oil since Sisi led the military's overthrow of President Mohamed Morsi in 2013.", ["SAU SUPPORTS EGY"], []),
 ("Critics in Egypt accused the government of selling national territory.", [], []),
 ("Israel, which returned the islands to Egypt under the 1979 peace treaty, said it had been consulted in advance.", [], []),
]
