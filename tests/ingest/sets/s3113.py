DAY = "1997-06-03"
SENTS = [
 ("Nigerian warships shelled Freetown on Monday in an attempt to dislodge the soldiers who overthrew President Ahmad Tejan Kabbah of Sierra Leone last week.", ["NGA ATTACKS SLE", "person:ahmad-tejan-kabbah LEADS SLE"], ["NGA SUPPORTS person:ahmad-tejan-kabbah"]),
 ("Nigeria, which already had about 900 soldiers in the country under a defence pact, said it would restore the elected government by force if necessary.", [], ["NGA DEPLOYS_TROOPS SLE", "NGA ALLIED_WITH SLE", "NGA SUPPORTS person:ahmad-tejan-kabbah"]),
 ("Major Johnny Paul Koroma, who leads the junta, accused Nigeria of killing civilians and appealed to the Organisation of African Unity to stop the attack.", ["person:johnny-paul-koroma CONDEMNS NGA"], []),
 ("Mr Kabbah, who fled to Guinea, has asked the Economic Community of West African States to reinstate him.", [], ["person:ahmad-tejan-kabbah MEETS GIN"]),
 ("London and Washington denounced the putsch and cut off their aid programmes.", [], ["GBR CONDEMNS SLE", "USA CONDEMNS SLE", "GBR SANCTIONS SLE", "USA SANCTIONS SLE"]),
]
