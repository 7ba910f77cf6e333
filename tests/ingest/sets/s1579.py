DAY = "2009-01-07"
SENTS = [
 ("Russia cut off all gas supplies through Ukraine on Wednesday, leaving much of southeastern Europe without heating in freezing temperatures.", [], ["RUS SANCTIONS UKR", "RUS TRADES_WITH UKR"]),
 ("Gazprom accused Kyiv of stealing gas meant for European customers, which Ukraine denied.", [], ["RUS CONDEMNS UKR"]),
 ("Bulgaria, which gets almost all its gas from Russia, was among the worst affected.", ["RUS TRADES_WITH BGR"], []),
 ("The European Union, which buys a quarter of its gas from Russia, sent monitors to both countries.", ["RUS TRADES_WITH org:EU"], []),
 ("Vladimir Putin, then prime minister, accused Ukraine's leaders of corruption.", ["person:vladimir-putin CONDEMNS UKR"], ["person:vladimir-putin LEADS RUS"]),
]
