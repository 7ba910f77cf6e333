DAY = "2024-09-05"
SENTS = [
 ("Abdel Fattah el-Sisi made his first visit to Turkey as president on Wednesday, the latest step in a rapprochement after a decade of hostility.", ["person:abdel-fattah-el-sisi MEETS TUR"], []),
 ("Recep Tayyip Erdogan welcomed him at the presidential palace in Ankara.", [], ["person:recep-tayyip-erdogan MEETS person:abdel-fattah-el-sisi", "person:abdel-fattah-el-sisi MEETS TUR"]),
 ("The two leaders discussed Gaza and signed 17 agreements on energy, defence and tourism.", [], ["TUR MEETS EGY", "person:abdel-fattah-el-sisi MEETS person:recep-tayyip-erdogan"]),
 ("Turkey has agreed to supply Egypt with armed drones.", ["TUR SUPPLIES_ARMS EGY"], []),
 ("Relations collapsed in 2013 when Erdogan condemned the military's overthrow of President Mohamed Morsi.", [], ["person:recep-tayyip-erdogan CONDEMNS EGY"]),
]
