DAY = "2006-01-02"
SENTS = [
 ("Russia cut off natural gas supplies to Ukraine on Sunday after Kiev refused to accept a fourfold increase in the price.", [], ["RUS SANCTIONS UKR", "RUS TRADES_WITH UKR"]),
 ("Gazprom, the Russian state gas monopoly, said Ukraine would have to pay $230 per thousand cubic metres, up from $50.", [], ["RUS TRADES_WITH UKR"]),
 ("President Viktor Yushchenko accused Moscow of using gas as a political weapon to punish Ukraine for its turn toward the West.", ["person:viktor-yushchenko CONDEMNS RUS"], ["person:viktor-yushchenko LEADS UKR"]),
 ("Hungary, Austria and Poland reported sharp falls in the gas they receive from Russia through Ukrainian pipelines.", ["RUS TRADES_WITH HUN", "RUS TRADES_WITH AUT", "RUS TRADES_WITH POL"], []),
 ("The European Union, which buys a quarter of its gas from Russia, called an emergency meeting for Wednesday.", ["org:EU TRADES_WITH RUS"], []),
]
