DAY = "1999-02-21"
SENTS = [
 ("Indian Prime Minister Atal Bihari Vajpayee crossed into Pakistan by bus on Saturday and was embraced at the border by his Pakistani counterpart Nawaz Sharif.", ["person:atal-bihari-vajpayee LEADS IND", "person:atal-bihari-vajpayee MEETS PAK", "person:atal-bihari-vajpayee MEETS person:nawaz-sharif"], ["person:nawaz-sharif LEADS PAK"]),
 ("The two leaders signed the Lahore Declaration on Sunday, pledging to reduce the risk of an accidental nuclear conflict.", [], ["person:atal-bihari-vajpayee MEETS person:nawaz-sharif"]),
 ("Both countries tested nuclear weapons last May, prompting American sanctions against them.", [], ["USA SANCTIONS IND", "USA SANCTIONS PAK"]),
 ("Islamist parties staged protests in Lahore against the visit and clashed with police.", [], []),
 ("Washington welcomed the summit and urged both sides to sign the nuclear test ban treaty.", [], ["USA SUPPORTS IND", "USA SUPPORTS PAK"]),
]
