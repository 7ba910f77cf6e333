DAY = "1976-04-10"
SENTS = [
 ("Syrian army units crossed into eastern Lebanon on Friday and took up positions around the border post of Masnaa.", ["SYR DEPLOYS_TROOPS LBN"], ["SYR ATTACKS LBN"]),
 ("Israel has warned that it will not accept Syrian forces south of a red line near the Litani River.", [], ["ISR CONDEMNS SYR"]),
 ("Kamal Jumblatt, the leader of the leftist Moslem alliance, accused Syria of trying to impose its will on Lebanon.", [], ["person:kamal-jumblatt CONDEMNS SYR"]),
 ("Moscow, which arms the Syrian army, has urged President Assad to keep his troops out of the fighting.", ["SUN SUPPLIES_ARMS SYR"], ["person:hafez-al-assad LEADS SYR"]),
]
