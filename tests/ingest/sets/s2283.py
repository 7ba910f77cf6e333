DAY = "2015-05-09"
SENTS = [
 ("Chinese President Xi Jinping joined Vladimir Putin on Red Square on Saturday to watch Russia's largest Victory Day parade, which most Western leaders boycotted over the Ukraine conflict.", ["person:xi-jinping LEADS CHN", "person:vladimir-putin MEETS person:xi-jinping", "person:xi-jinping MEETS RUS"], ["bloc:WEST SANCTIONS RUS", "bloc:WEST CONDEMNS RUS"]),
 ("Chinese soldiers marched in the parade for the first time.", [], ["CHN DEPLOYS_TROOPS RUS"]),
 ("India's President Pranab Mukherjee and Egypt's President Abdel Fattah el-Sisi also attended.", ["person:pranab-mukherjee LEADS IND", "person:abdel-fattah-el-sisi LEADS EGY"], ["person:pranab-mukherjee MEETS RUS", "person:abdel-fattah-el-sisi MEETS RUS"]),
 ("Chancellor Angela Merkel, who stayed away from the parade, will lay a wreath in Moscow with Putin on Sunday.", [], ["person:angela-merkel LEADS DEU", "person:angela-merkel MEETS person:vladimir-putin", "person:angela-merkel MEETS RUS"]),
 ("Putin thanked the United States, Britain and France for their contribution to the victory over Nazi Germany.", [], ["person:vladimir-putin SUPPORTS USA", "person:vladimir-putin SUPPORTS GBR", "person:vladimir-putin SUPPORTS FRA"]),
]
