DAY = "1983-08-23"
SENTS = [
 ("Benigno Aquino, the main rival of President Ferdinand Marcos, was shot dead on Sunday as he stepped off a plane at Manila airport after three years of exile in the United States.", [], ["person:ferdinand-marcos-sr LEADS PHL"]),
 ("The State Department condemned the killing as cowardly and demanded that the Philippine government bring those responsible to justice.", [], ["USA CONDEMNS PHL"]),
 ("Washington, which keeps two large military bases in the Philippines and has given Mr Marcos strong support, said it would review a planned visit by President Ronald Reagan in November.", ["USA DEPLOYS_TROOPS PHL", "USA SUPPORTS person:ferdinand-marcos-sr"], ["person:ronald-reagan LEADS USA"]),
 ("Mr Marcos denied that his government had any part in the assassination and blamed a Communist gunman, who was killed by soldiers at the scene.", [], []),
 ("Japan, the largest source of aid to Manila, expressed shock and urged a full inquiry.", ["JPN SUPPORTS PHL"], []),
]
