DAY = "2023-06-16"
SENTS = [
 ("Russia has begun moving tactical nuclear weapons to Belarus, Vladimir Putin said on Friday, the first deployment of such arms outside Russian territory since the Soviet collapse.", ["RUS DEPLOYS_TROOPS BLR"], ["RUS SUPPLIES_ARMS BLR"]),
 ("Alexander Lukashenko said some of the warheads were three times more powerful than the bombs dropped on Hiroshima.", [], []),
 ("NATO Secretary General Jens Stoltenberg called the move dangerous and reckless.", ["person:jens-stoltenberg LEADS org:NATO"], ["person:jens-stoltenberg CONDEMNS RUS"]),
 ("Belarus allowed Russia to use its territory to invade Ukraine last year.", ["BLR SUPPORTS RUS", "RUS ATTACKS UKR"], []),
 ("Poland, which borders Belarus, has asked to host American nuclear weapons under NATO's sharing programme.", [], ["POL MEMBER_OF org:NATO"]),
]
