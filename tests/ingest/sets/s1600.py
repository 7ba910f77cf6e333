DAY = "1967-06-06"
SENTS = [
 ("Israeli warplanes destroyed most of Egypt's air force on the ground in a series of dawn raids on Monday, and Israeli armour pushed deep into the Sinai.", ["ISR ATTACKS EGY"], []),
 ("Jordanian artillery opened fire on West Jerusalem hours later, and Syria joined the war in the north.", [], ["JOR ATTACKS ISR", "SYR ATTACKS ISR"]),
 ("President Gamal Abdel Nasser accused the United States and Britain of providing air cover for the Israeli attack, a charge both governments called a lie.", ["person:gamal-abdel-nasser CONDEMNS USA", "person:gamal-abdel-nasser CONDEMNS GBR"], ["person:gamal-abdel-nasser LEADS EGY", "USA SUPPORTS ISR", "GBR SUPPORTS ISR"]),
 ("Egypt, Syria, Algeria and Iraq broke off diplomatic relations with Washington.", [], ["EGY CONDEMNS USA", "SYR CONDEMNS USA", "DZA CONDEMNS USA", "IRQ CONDEMNS USA"]),
 ("The Soviet Union, which has armed the Egyptian and Syrian forces, demanded an immediate ceasefire at the Security Council.", ["SUN SUPPLIES_ARMS EGY", "SUN SUPPLIES_ARMS SYR"], []),
]
