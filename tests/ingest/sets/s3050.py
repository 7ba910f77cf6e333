DAY = "1965-08-25"
SENTS = [
 ("President Gamal Abdel Nasser and King Faisal signed an agreement in Jidda on Tuesday to end the fighting in Yemen, where Egyptian troops have backed the republicans for nearly three years.", ["EGY DEPLOYS_TROOPS YEM"], ["person:gamal-abdel-nasser MEETS person:faisal-bin-abdulaziz", "EGY SUPPORTS YEM", "person:gamal-abdel-nasser LEADS EGY"]),
 ("Under the accord, Cairo is to bring its soldiers home within a year, and Riyadh will cut off its help to the royalists.", [], ["EGY DEPLOYS_TROOPS YEM"]),
 ("Nasser flew to Jidda on Sunday, his first visit to Saudi Arabia since the two countries broke off relations in 1962.", ["person:gamal-abdel-nasser MEETS SAU"], []),
 ("Egyptian aircraft had bombed Saudi border towns used as royalist supply bases as recently as last year.", ["EGY ATTACKS SAU"], []),
 ("Yemeni republicans and royalists are to meet in November to choose a transitional government.", [], []),
]
