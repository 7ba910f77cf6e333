DAY = "2008-04-03"
SENTS = [
 ("NATO leaders meeting in Bucharest agreed on Thursday that Georgia and Ukraine would one day become members of the alliance, but declined to offer them a formal path to membership.", [], ["GEO MEMBER_OF org:NATO", "UKR MEMBER_OF org:NATO"]),
 ("Germany and France had opposed the membership action plans that President Bush sought for the two countries.", [], ["person:george-w-bush SUPPORTS GEO", "person:george-w-bush SUPPORTS UKR", "DEU CONDEMNS GEO", "FRA CONDEMNS GEO"]),
 ("The alliance invited Albania and Croatia to join, but Greece blocked Macedonia's invitation in a dispute over its name.", [], ["GRC VETOES MKD", "GRC SANCTIONS MKD", "GRC MEMBER_OF org:NATO"]),
 ("President Mikheil Saakashvili of Georgia called the decision a historic step.", ["person:mikheil-saakashvili LEADS GEO"], []),
 ("Russia's foreign minister, Sergei Lavrov, warned that Moscow would do everything to prevent Georgia and Ukraine from joining NATO.", [], ["person:sergei-lavrov CONDEMNS GEO", "person:sergei-lavrov CONDEMNS UKR", "RUS CONDEMNS org:NATO"]),
]
