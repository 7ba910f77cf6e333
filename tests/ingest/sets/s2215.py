DAY = "1984-04-26"
SENTS = [
 ("President Reagan arrived in Beijing on Thursday for a six-day visit, the first by an American president since the normalization of relations in 1979.", ["person:ronald-reagan MEETS CHN"], ["person:ronald-reagan LEADS USA"]),
 ("He was welcomed by President Li Xiannian at a ceremony in the Great Hall of the People.", ["person:li-xiannian MEETS person:ronald-reagan"], ["person:li-xiannian LEADS CHN", "person:ronald-reagan MEETS CHN"]),
 ("Reagan is to hold talks with Premier Zhao Ziyang and the paramount leader Deng Xiaoping on Taiwan, trade and Soviet troops on China's border.", [], ["person:ronald-reagan MEETS person:zhao-ziyang", "person:ronald-reagan MEETS person:deng-xiaoping", "person:deng-xiaoping LEADS CHN", "person:zhao-ziyang LEADS CHN", "SUN DEPLOYS_TROOPS CHN"]),
 ("The two countries are expected to sign an agreement on nuclear cooperation that would allow American companies to sell reactors to China.", [], ["USA TRADES_WITH CHN"]),
 ("China has protested against continued American arms sales to Taiwan.", ["USA SUPPLIES_ARMS TWN", "CHN CONDEMNS USA"], []),
]
