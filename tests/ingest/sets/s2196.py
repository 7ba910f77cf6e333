DAY = "1990-05-22"
SENTS = [
 ("North and South Yemen merged on Tuesday to form the Republic of Yemen, ending the division of the southern Arabian peninsula.", [], []),
 ("Ali Abdullah Saleh, North Yemen's president since 1978, became president of the unified Yemen, with the southern leader Ali Salem al-Beidh as his deputy.", ["person:ali-abdullah-saleh LEADS YEM"], []),
 ("Saudi Arabia, which has long financed the northern government, welcomed the union and pledged economic aid.", [], ["SAU SUPPORTS YEM"]),
 ("The Soviet Union, the main backer of the Marxist south, quickly recognized the Republic of Yemen.", ["SUN SUPPORTS YEM"], []),
 ("Iraq's President Saddam Hussein telephoned Mr. Saleh to congratulate him, the official Yemeni news agency said.", ["person:saddam-hussein LEADS IRQ", "person:saddam-hussein MEETS person:ali-abdullah-saleh"], ["person:saddam-hussein SUPPORTS person:ali-abdullah-saleh"]),
]
