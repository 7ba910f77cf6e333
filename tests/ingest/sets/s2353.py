DAY = "2008-05-24"
SENTS = [
 ("Dmitry Medvedev chose China for his first trip outside the former Soviet Union as Russia's president, holding talks with Hu Jintao in Beijing on Friday.", ["person:dmitry-medvedev MEETS CHN", "person:dmitry-medvedev MEETS person:hu-jintao", "person:dmitry-medvedev LEADS RUS"], []),
 ("The two leaders signed a joint statement criticising American plans for a missile defence system in Europe.", [], ["RUS CONDEMNS USA", "CHN CONDEMNS USA", "person:dmitry-medvedev CONDEMNS USA", "person:hu-jintao CONDEMNS USA", "person:dmitry-medvedev MEETS person:hu-jintao"]),
 ("Russia and China also signed a $1 billion deal for Russia to build a uranium enrichment plant in China.", ["RUS TRADES_WITH CHN"], []),
 ("Medvedev had visited Kazakhstan on the way, a sign of the priority Moscow gives to Central Asia.", ["person:dmitry-medvedev MEETS KAZ"], []),
 ("Beijing has bought Sukhoi warplanes and Sovremenny-class warships from Moscow since the 1990s.", ["RUS SUPPLIES_ARMS CHN"], []),
 ("Medvedev offered condolences for the victims of the Sichuan earthquake and said Russia would send more rescuers.", [], ["RUS SUPPORTS CHN"]),
]
