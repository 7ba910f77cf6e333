DAY = "2008-08-26"
SENTS = [
 ("President Dmitry Medvedev announced on Tuesday that Russia was recognising the independence of Georgia's breakaway regions of Abkhazia and South Ossetia.", ["person:dmitry-medvedev LEADS RUS"], []),
 ("Georgian President Mikheil Saakashvili accused Moscow of trying to redraw Europe's borders by force.", ["person:mikheil-saakashvili LEADS GEO", "person:mikheil-saakashvili CONDEMNS RUS"], []),
 ("Russian troops, which drove Georgian forces out of South Ossetia this month, remain deep inside Georgia despite a ceasefire brokered by France.", ["RUS ATTACKS GEO", "RUS DEPLOYS_TROOPS GEO"], []),
 ("The United States, Britain and Germany condemned the decision, and NATO said it violated Georgia's territorial integrity.", [], ["USA CONDEMNS RUS", "GBR CONDEMNS RUS", "DEU CONDEMNS RUS", "org:NATO CONDEMNS RUS", "org:NATO SUPPORTS GEO"]),
 ("Only Nicaragua followed Russia's lead, while Belarus and Kazakhstan, Moscow's closest allies, declined to recognise the regions.", ["BLR ALLIED_WITH RUS", "KAZ ALLIED_WITH RUS"], ["NIC SUPPORTS RUS"]),
]
