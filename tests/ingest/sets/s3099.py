DAY = "2001-08-23"
SENTS = [
 ("NATO began sending about 3,500 troops into Macedonia on Wednesday to collect the weapons of ethnic Albanian rebels under a peace accord signed in Ohrid last week.", ["org:NATO DEPLOYS_TROOPS MKD"], []),
 ("Britain is providing the largest contingent, about 1,800 soldiers, and France, Italy and Germany are sending hundreds more.", [], ["GBR DEPLOYS_TROOPS MKD", "FRA DEPLOYS_TROOPS MKD", "ITA DEPLOYS_TROOPS MKD", "DEU DEPLOYS_TROOPS MKD"]),
 ("President Boris Trajkovski welcomed the mission but warned that the government would not accept a partition of the country.", [], ["person:boris-trajkovski LEADS MKD", "person:boris-trajkovski SUPPORTS org:NATO"]),
 ("The NATO secretary general, Lord Robertson, said the alliance's troops would stay for no more than 30 days.", ["person:george-robertson LEADS org:NATO"], ["org:NATO DEPLOYS_TROOPS MKD"]),
 ("The European Union has promised Skopje aid worth tens of millions of euros once parliament approves the constitutional changes the accord requires.", [], ["org:EU SUPPORTS MKD"]),
]
