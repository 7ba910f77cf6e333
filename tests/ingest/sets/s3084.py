DAY = "1997-03-20"
SENTS = [
 ("Australia's prime minister, John Howard, told Papua New Guinea on Wednesday that its decision to hire foreign mercenaries to fight the rebels on Bougainville was totally unacceptable.", ["person:john-howard LEADS AUS", "person:john-howard CONDEMNS PNG"], ["AUS CONDEMNS PNG"]),
 ("Papua New Guinea's prime minister, Sir Julius Chan, signed a 36 million dollar contract in January with Sandline International, a London company, for soldiers, helicopter gunships and training.", ["person:julius-chan LEADS PNG"], []),
 ("The commander of the army, Brigadier-General Jerry Singirok, had the mercenaries detained on Monday and called on Sir Julius to resign.", [], []),
 ("Britain said it had no role in the contract, and New Zealand offered to host talks between the government and the rebels.", [], []),
 ("Australia, which gives Port Moresby about 300 million Australian dollars in aid every year and trains its soldiers, has long been its closest ally.", ["AUS SUPPORTS PNG", "AUS ALLIED_WITH PNG"], []),
]
