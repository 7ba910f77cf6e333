DAY = "1965-09-18"
SENTS = [
 ("China gave India three days on Thursday to dismantle what it called military works built on the Chinese side of the Sikkim border, or face grave consequences.", [], ["CHN CONDEMNS IND"]),
 ("The Chinese note accused Indian troops of repeated intrusions into Tibet and of kidnapping Tibetan herdsmen.", ["CHN CONDEMNS IND"], ["IND ATTACKS CHN"]),
 ("Shastri denied that any Indian post stood on Chinese soil and offered to let neutral observers inspect the border.", [], ["person:lal-bahadur-shastri LEADS IND"]),
 ("Peking has backed Pakistan throughout the war, and its radio calls India the aggressor in Kashmir.", ["CHN SUPPORTS PAK", "CHN CONDEMNS IND"], []),
 ("Moscow, which supplies India with MiG fighters, urged both sides to stop the fighting and offered its good offices.", ["SUN SUPPLIES_ARMS IND"], []),
]
