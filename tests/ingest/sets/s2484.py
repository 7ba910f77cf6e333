DAY = "2006-05-06"
SENTS = [
 ("Russia suspended imports of Georgian mineral water on Friday, weeks after it banned Georgian and Moldovan wine, its two biggest foreign suppliers, citing health concerns.", ["RUS SANCTIONS GEO", "RUS SANCTIONS MDA"], ["GEO TRADES_WITH RUS", "MDA TRADES_WITH RUS"]),
 ("President Mikheil Saakashvili said the bans were political and aimed at punishing Georgia for seeking to join NATO.", [], ["person:mikheil-saakashvili LEADS GEO", "person:mikheil-saakashvili CONDEMNS RUS"]),
 ("Russia took about 80 percent of Georgia's wine exports before the ban, and Georgian producers said they would turn to markets in Ukraine, the Baltic states and China.", ["GEO TRADES_WITH RUS"], ["GEO TRADES_WITH UKR", "GEO TRADES_WITH CHN"]),
 ("The United States, Georgia's main Western backer, urged Moscow not to use trade as a political weapon.", ["USA SUPPORTS GEO"], ["USA CONDEMNS RUS"]),
]
