DAY = "2012-07-14"
SENTS = [
 ("Southeast Asian foreign ministers ended their annual meeting in Phnom Penh on Friday without a joint communique for the first time in the bloc's 45-year history.", [], []),
 ("The Philippines and Vietnam had wanted the statement to mention their disputes with China over the South China Sea, but Cambodia, this year's chair, refused.", [], ["PHL CONDEMNS CHN", "VNM CONDEMNS CHN"]),
 ("Philippine Foreign Secretary Albert del Rosario accused Cambodia of bowing to pressure from Beijing, Phnom Penh's biggest aid donor and investor.", ["person:albert-del-rosario CONDEMNS KHM", "CHN SUPPORTS KHM"], ["PHL CONDEMNS KHM", "CHN TRADES_WITH KHM"]),
 ("Indonesia's foreign minister, Marty Natalegawa, called the failure utterly irresponsible and began a round of shuttle diplomacy to repair the damage.", [], ["person:marty-natalegawa CONDEMNS KHM"]),
 ("Cambodia is a member of ASEAN, which also groups the Philippines, Vietnam, Malaysia and Brunei, all of which have claims in the sea.", ["KHM MEMBER_OF org:ASEAN", "PHL MEMBER_OF org:ASEAN", "VNM MEMBER_OF org:ASEAN", "MYS MEMBER_OF org:ASEAN", "BRN MEMBER_OF org:ASEAN"], []),
]
