DAY = "1965-10-18"
SENTS = [
 ("The Indonesian army under General Suharto has crushed the attempted coup of September 30 and is rounding up members of the Communist party.", [], []),
 ("Army newspapers in Jakarta charged that Peking had known of the plot in advance.", [], ["IDN CONDEMNS CHN"]),
 ("Youths sacked the office of the Chinese commercial counsellor in Jakarta on Saturday.", [], []),
 ("China protested to the Indonesian government against the raid and against searches of the homes of Chinese diplomats by soldiers.", ["CHN CONDEMNS IDN"], []),
 ("President Sukarno, whose own position is now uncertain, appealed for calm from his palace at Bogor.", [], ["person:sukarno LEADS IDN"]),
 ("Washington has said nothing in public but is watching the army's moves closely.", [], []),
]
