DAY = "2014-02-14"
SENTS = [
 ("Egypt's army chief, Field Marshal Abdel Fattah al-Sisi, held talks with Vladimir Putin near Moscow on Thursday, and the Russian president wished him luck in his widely expected bid for the presidency.", ["person:abdel-fattah-el-sisi MEETS person:vladimir-putin", "person:abdel-fattah-el-sisi MEETS RUS", "person:vladimir-putin SUPPORTS person:abdel-fattah-el-sisi"], ["person:vladimir-putin LEADS RUS", "EGY MEETS RUS"]),
 ("Russian media reported that the two sides were close to a $2 billion arms deal, financed by Saudi Arabia and the UAE, that would include MiG-29 fighter jets and air defence systems.", [], ["RUS SUPPLIES_ARMS EGY", "SAU SUPPORTS EGY", "ARE SUPPORTS EGY"]),
 ("Washington froze part of its $1.3 billion in annual military aid to Egypt after the army removed President Mohamed Morsi in July.", [], ["USA SANCTIONS EGY", "USA SUPPORTS EGY", "USA SUPPLIES_ARMS EGY", "person:mohamed-morsi LEADS EGY"]),
]
