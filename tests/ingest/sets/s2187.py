DAY = "1978-10-24"
SENTS = [
 ("Deng Xiaoping arrived in Tokyo on Sunday, the first Chinese leader to visit Japan, and exchanged the ratified instruments of a treaty of peace and friendship on Monday.", ["person:deng-xiaoping MEETS JPN"], ["person:deng-xiaoping LEADS CHN", "CHN MEETS JPN"]),
 ("Deng met Emperor Hirohito and Prime Minister Takeo Fukuda.", ["person:deng-xiaoping MEETS person:hirohito", "person:deng-xiaoping MEETS person:takeo-fukuda"], ["person:takeo-fukuda LEADS JPN", "person:hirohito LEADS JPN"]),
 ("The treaty commits both countries to oppose hegemony in Asia, a clause aimed at the Soviet Union.", [], ["CHN CONDEMNS SUN", "JPN CONDEMNS SUN", "CHN ALLIED_WITH JPN"]),
 ("Moscow has denounced the treaty as directed against Soviet interests.", [], ["SUN CONDEMNS CHN", "SUN CONDEMNS JPN"]),
 ("Japan has become China's largest trading partner.", ["JPN TRADES_WITH CHN"], []),
]
