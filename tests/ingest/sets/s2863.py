DAY = "1963-04-18"
SENTS = [
 ("Egypt, Syria and Iraq agreed in Cairo on Wednesday to form a federal state, the United Arab Republic, within five months.", [], ["EGY ALLIED_WITH SYR", "EGY ALLIED_WITH IRQ", "SYR ALLIED_WITH IRQ", "EGY MEETS SYR", "EGY MEETS IRQ", "SYR MEETS IRQ"]),
 ("Nasser signed the charter with the leaders of the Baathist governments that seized power in Damascus and Baghdad in February and March.", [], ["person:gamal-abdel-nasser LEADS EGY"]),
 ("Jordan's King Hussein dismissed his prime minister after crowds in Amman demonstrated for union with Egypt.", ["person:hussein-bin-talal LEADS JOR"], []),
 ("Premier David Ben-Gurion of Israel warned that the new federation endangered his country.", ["person:david-ben-gurion LEADS ISR"], []),
 ("Moscow has armed Egypt, Syria and Iraq for years.", ["SUN SUPPLIES_ARMS EGY", "SUN SUPPLIES_ARMS SYR", "SUN SUPPLIES_ARMS IRQ"], []),
]
