DAY = "2019-12-03"
SENTS = [
 ("China suspended visits by American warships and military aircraft to Hong Kong on Monday and announced sanctions on several American non-governmental organisations, in retaliation for a US law supporting the city's protesters.", ["CHN SANCTIONS USA"], ["CHN CONDEMNS USA"]),
 ("The targets include Human Rights Watch and the National Endowment for Democracy, which Beijing accused of inciting violence.", [], ["CHN CONDEMNS USA"]),
 ("President Donald Trump signed the Hong Kong Human Rights and Democracy Act last week, requiring an annual review of the city's special trading status.", [], ["person:donald-trump LEADS USA"]),
 ("China's foreign ministry called the law a gross interference in China's internal affairs and summoned the American ambassador, Terry Branstad.", ["CHN CONDEMNS USA"], ["CHN CONDEMNS person:terry-branstad"]),
 ("The two countries are trying to finish the first phase of a deal to end their trade war.", [], ["CHN TRADES_WITH USA", "CHN SANCTIONS USA", "USA SANCTIONS CHN"]),
]
