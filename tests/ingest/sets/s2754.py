DAY = "1978-08-13"
SENTS = [
 ("Japan and China signed a treaty of peace and friendship in Peking on Saturday, six years after the two countries restored diplomatic relations.", [], ["JPN ALLIED_WITH CHN", "JPN MEETS CHN"]),
 ("Foreign Minister Sunao Sonoda and his Chinese counterpart, Huang Hua, signed the treaty in the Great Hall of the People after a week of negotiations.", ["person:sunao-sonoda MEETS person:huang-hua"], []),
 ("The treaty contains a clause opposing efforts by any country to establish hegemony in Asia, which Moscow regards as aimed at itself.", [], ["CHN CONDEMNS SUN", "JPN CONDEMNS SUN"]),
 ("Tass called the treaty a dangerous step and accused Peking of trying to draw Japan into an anti-Soviet alliance.", [], ["SUN CONDEMNS CHN", "SUN CONDEMNS JPN"]),
]
