DAY = "2008-09-04"
SENTS = [
 ("Nicaragua on Wednesday became the second country after Russia to recognise Abkhazia and South Ossetia as independent states, a week after Moscow's own recognition drew condemnation in the West.", [], ["NIC SUPPORTS RUS"]),
 ("President Daniel Ortega announced the decision at a military ceremony in Managua and said Georgia had started the war last month by attacking South Ossetia.", ["person:daniel-ortega CONDEMNS GEO"], ["person:daniel-ortega LEADS NIC"]),
 ("Tbilisi dismissed the Nicaraguan move as absurd and of no consequence.", ["GEO CONDEMNS NIC"], []),
 ("Russia thanked Managua, and the Kremlin said President Dmitry Medvedev would receive Mr Ortega in Moscow this autumn.", [], ["RUS SUPPORTS NIC", "person:dmitry-medvedev LEADS RUS"]),
 ("The United States, which backed Georgia during the war, said no other government in the Americas would follow Nicaragua's example.", ["USA SUPPORTS GEO"], []),
]
