DAY = "2016-12-20"
SENTS = [
 ("Russia's ambassador to Turkey, Andrei Karlov, was shot dead at a photography exhibition in Ankara on Monday by an off-duty Turkish policeman who shouted about Aleppo.", [], []),
 ("Vladimir Putin and Recep Tayyip Erdogan spoke by telephone and agreed that the killing was a provocation aimed at wrecking the improving relations between their countries.", ["person:vladimir-putin MEETS person:recep-tayyip-erdogan"], []),
 ("The foreign and defence ministers of Russia, Turkey and Iran went ahead with talks on Syria in Moscow on Tuesday.", [], ["RUS MEETS TUR", "RUS MEETS IRN", "TUR MEETS IRN"]),
 ("Moscow and Tehran are the main foreign backers of Bashar al-Assad's government; Ankara arms some of the rebels opposed to it.", ["RUS SUPPORTS SYR", "IRN SUPPORTS SYR"], ["RUS SUPPORTS person:bashar-al-assad", "IRN SUPPORTS person:bashar-al-assad", "person:bashar-al-assad LEADS SYR"]),
 ("Washington, which had been left out of the Moscow talks, condemned the killing and offered its condolences to Russia.", [], ["USA SUPPORTS RUS"]),
]
