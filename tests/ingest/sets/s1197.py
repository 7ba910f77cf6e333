DAY = "2025-10-02"
SENTS = [
 ("Israeli naval forces intercepted more than 40 boats of the Global Sumud Flotilla that were trying to break the blockade of Gaza.", [], []),
 ("Among the hundreds of activists detained was the Swedish campaigner Greta Thunberg.", [], []),
 ("Turkey's foreign ministry called the interception an act of terrorism and opened an investigation.", ["TUR CONDEMNS ISR"], []),
 ("Spain and Italy had sent navy ships to shadow the flotilla, although both said they would not enter the exclusion zone.", [], []),
 ("Colombia expelled Israel's remaining diplomats in response to the detention of two Colombian citizens.", ["COL CONDEMNS ISR"], []),
]
