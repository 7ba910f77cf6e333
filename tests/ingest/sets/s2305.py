DAY = "2010-11-20"
SENTS = [
 ("NATO leaders agreed at a summit in Lisbon on Saturday to build a missile defence system covering all members of the alliance and invited Russia to take part.", [], ["org:NATO SUPPORTS RUS", "org:NATO ALLIED_WITH RUS"]),
 ("President Dmitry Medvedev, attending a meeting of the NATO-Russia Council, said Moscow was ready to discuss cooperation on missile defence.", ["person:dmitry-medvedev MEETS org:NATO"], ["person:dmitry-medvedev LEADS RUS", "person:dmitry-medvedev MEETS PRT"]),
 ("The alliance also agreed to hand over security in Afghanistan to Afghan forces by the end of 2014, when most of its 130,000 troops are due to leave.", [], ["org:NATO DEPLOYS_TROOPS AFG", "org:NATO SUPPORTS AFG"]),
 ("President Hamid Karzai welcomed the timetable.", [], ["person:hamid-karzai LEADS AFG"]),
 ("Anders Fogh Rasmussen, NATO's secretary general, called the summit a fresh start in relations with Russia, two years after the war in Georgia froze contacts.", ["person:anders-fogh-rasmussen LEADS org:NATO"], ["RUS ATTACKS GEO", "org:NATO SANCTIONS RUS", "org:NATO MEETS RUS"]),
 ("Russia has long opposed NATO's plans for missile defence in Europe, and Turkey insisted that the plan not name Iran as a threat.", ["RUS CONDEMNS org:NATO"], ["TUR SUPPORTS IRN"]),
]
