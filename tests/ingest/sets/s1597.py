DAY = "2016-07-12"
SENTS = [
 ("An international tribunal in The Hague ruled on Tuesday that China has no legal basis for its claims to most of the South China Sea, backing a case brought by the Philippines.", [], ["PHL CONDEMNS CHN"]),
 ("Beijing rejected the ruling as null and void and said it would not accept it.", [], []),
 ("The tribunal found that China had violated the Philippines' sovereign rights by building artificial islands and blocking Filipino fishermen.", [], ["CHN ATTACKS PHL"]),
 ("Japan and Australia urged both sides to abide by the decision, and Vietnam welcomed it.", [], ["JPN SUPPORTS PHL", "AUS SUPPORTS PHL", "VNM SUPPORTS PHL"]),
 ("President Rodrigo Duterte, who took office last month, has signalled he wants warmer ties with Beijing and may seek Chinese investment.", [], ["person:rodrigo-duterte LEADS PHL"]),
]
