DAY = "1958-07-16"
SENTS = [
 ("Army officers led by Brigadier Abdul Karim Kassem seized power in Baghdad at dawn on Monday, killing King Faisal II and proclaiming a republic.", [], ["person:abdul-karim-kassem LEADS IRQ"]),
 ("The new regime announced that Iraq would leave the Arab Union it had formed with Jordan in February.", [], ["IRQ ALLIED_WITH JOR"]),
 ("The United Arab Republic recognized the Iraqi republic within hours, and Nasser promised it Egyptian support against any foreign intervention.", ["EGY SUPPORTS IRQ"], ["person:gamal-abdel-nasser SUPPORTS IRQ"]),
 ("King Hussein of Jordan, a cousin of the dead king, declared himself head of the Arab Union and appealed to Britain and the United States for help.", ["person:hussein-bin-talal LEADS JOR"], []),
 ("On Wednesday the Kremlin, too, accepted the revolutionary regime in Iraq as its lawful government.", ["SUN SUPPORTS IRQ"], []),
]
