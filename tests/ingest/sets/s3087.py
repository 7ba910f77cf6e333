DAY = "2003-01-31"
SENTS = [
 ("Thailand downgraded its diplomatic relations with Cambodia on Thursday and expelled the Cambodian ambassador after rioters burned the Thai embassy and Thai-owned businesses in Phnom Penh.", [], ["THA SANCTIONS KHM", "THA CONDEMNS KHM"]),
 ("Thai military transport planes flew about 500 Thai citizens out of the Cambodian capital, and Bangkok closed its border crossings with Cambodia.", [], ["THA SANCTIONS KHM"]),
 ("Prime Minister Thaksin Shinawatra demanded that Phnom Penh compensate Thai companies and accused the Cambodian police of standing by during the attack.", ["person:thaksin-shinawatra CONDEMNS KHM"], ["person:thaksin-shinawatra LEADS THA"]),
 ("Cambodia's prime minister, Hun Sen, apologised and promised that his government would pay for the damage.", ["person:hun-sen LEADS KHM"], []),
 ("The riots followed newspaper reports that a Thai actress had claimed the temples of Angkor Wat belonged to Thailand.", [], []),
]
