DAY = "2014-07-18"
SENTS = [
 ("A Malaysia Airlines Boeing 777 was shot down over eastern Ukraine on Thursday, killing all 298 people on board, most of them Dutch citizens.", [], []),
 ("Ukrainian President Petro Poroshenko called the downing an act of terrorism and blamed pro-Russian separatists.", ["person:petro-poroshenko LEADS UKR"], []),
 ("US officials said the plane was hit by a surface-to-air missile fired from territory held by the rebels, who have received heavy weapons from Russia.", [], []),
 ("Vladimir Putin said Ukraine bore responsibility because the crash took place over its territory.", ["person:vladimir-putin CONDEMNS UKR"], []),
 ("Dutch Prime Minister Mark Rutte demanded full access to the crash site for investigators.", ["person:mark-rutte LEADS NLD"], []),
]
