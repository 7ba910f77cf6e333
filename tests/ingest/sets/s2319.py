DAY = "2022-06-29"
SENTS = [
 ("NATO leaders formally invited Finland and Sweden to join the alliance on Wednesday, a day after Turkey dropped its objections in return for pledges to crack down on Kurdish militants.", [], ["TUR MEMBER_OF org:NATO", "org:NATO SUPPORTS FIN", "org:NATO SUPPORTS SWE"]),
 ("Under a memorandum signed in Madrid, the two Nordic countries agreed to lift their embargoes on arms sales to Turkey.", [], ["FIN SANCTIONS TUR", "SWE SANCTIONS TUR"]),
 ("President Joe Biden announced that the United States would set up a permanent army headquarters in Poland and send two more F-35 squadrons to Britain.", [], ["person:joe-biden LEADS USA", "USA DEPLOYS_TROOPS POL", "USA DEPLOYS_TROOPS GBR"]),
 ("NATO's new strategic concept names China as a challenge to the alliance's interests and calls Russia the most significant and direct threat to its security.", ["org:NATO CONDEMNS CHN", "org:NATO CONDEMNS RUS"], []),
 ("Beijing accused NATO of spreading a Cold War mentality and warned it against meddling in the Asia-Pacific.", ["CHN CONDEMNS org:NATO"], []),
 ("The leaders of Japan, South Korea, Australia and New Zealand, the alliance's partners in the Asia-Pacific, attended a NATO summit for the first time.", [], ["JPN ALLIED_WITH org:NATO", "KOR ALLIED_WITH org:NATO", "AUS ALLIED_WITH org:NATO", "NZL ALLIED_WITH org:NATO", "JPN MEETS org:NATO", "KOR MEETS org:NATO", "AUS MEETS org:NATO", "NZL MEETS org:NATO"]),
]
