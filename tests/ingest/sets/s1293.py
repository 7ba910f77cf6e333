DAY = "2025-06-10"
SENTS = [
 ("Nicaragua announced its withdrawal from the UN refugee agency and the International Organization for Migration, the latest of several UN bodies the government of Daniel Ortega has quit.", [], ["NIC MEMBER_OF org:UNHCR", "NIC MEMBER_OF org:IOM"]),
 ("Managua left the Food and Agriculture Organization and the International Labour Organization earlier this year.", [], ["NIC MEMBER_OF org:FAO", "NIC MEMBER_OF org:ILO"]),
 ("A UN panel of experts had accused the government of systematic human rights violations against political opponents.", [], []),
 ("Ortega and his wife, Rosario Murillo, became co-presidents under a constitutional reform in February.", [], ["person:daniel-ortega LEADS NIC"]),
 ("Nicaragua remains a close ally of Russia and China.", ["NIC ALLIED_WITH RUS", "NIC ALLIED_WITH CHN"]),
]
