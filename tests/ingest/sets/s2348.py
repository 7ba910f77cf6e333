DAY = "2006-10-04"
SENTS = [
 ("Russia cut all transport and postal links with Georgia on Tuesday, even though Tbilisi had already freed four Russian officers it had accused of spying.", ["RUS SANCTIONS GEO"], ["GEO CONDEMNS RUS"]),
 ("The Russian parliament also voted to stop money transfers from Russia to Georgia, a vital source of income for many Georgian families.", [], ["RUS SANCTIONS GEO"]),
 ("Mikheil Saakashvili, Georgia's president, called the blockade an act of revenge by Moscow for his country's drive to join NATO.", ["person:mikheil-saakashvili CONDEMNS RUS", "person:mikheil-saakashvili LEADS GEO"], []),
 ("Russia has also deported hundreds of Georgians it says are living in the country illegally.", [], ["RUS CONDEMNS GEO"]),
 ("The United States and the European Union urged Moscow to lift the sanctions.", [], ["RUS SANCTIONS GEO", "USA SUPPORTS GEO", "org:EU SUPPORTS GEO", "USA CONDEMNS RUS", "org:EU CONDEMNS RUS"]),
 ("Georgia, which relies on Russia for most of its gas, has accused Moscow of backing the breakaway regions of Abkhazia and South Ossetia.", ["GEO CONDEMNS RUS", "GEO TRADES_WITH RUS"], []),
]
