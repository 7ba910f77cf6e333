DAY = "2018-08-23"
SENTS = [
 ("Australia barred Huawei and ZTE from supplying equipment for its 5G mobile network on Thursday, citing the risk that Chinese companies could be directed by Beijing's intelligence services.", ["AUS SANCTIONS CHN"], ["AUS CONDEMNS CHN"]),
 ("China's commerce ministry urged Canberra to abandon its ideological prejudices and provide a fair environment for Chinese firms.", [], ["CHN CONDEMNS AUS"]),
 ("Huawei, which has built much of Australia's 4G network, called the decision politically motivated.", [], []),
 ("Prime Minister Malcolm Turnbull, ousted by his own party a day later, had raised concerns about foreign interference in Australian politics for months.", [], ["person:malcolm-turnbull LEADS AUS"]),
 ("Most of what China buys from Australia is iron ore, coal and natural gas.", ["CHN TRADES_WITH AUS"], []),
]
