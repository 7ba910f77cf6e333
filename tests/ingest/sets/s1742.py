DAY = "1979-02-01"
SENTS = [
 ("Chinese Vice Premier Deng Xiaoping was welcomed at the White House by President Jimmy Carter on Monday, a month after the two countries established diplomatic relations.", ["person:deng-xiaoping MEETS person:jimmy-carter", "person:deng-xiaoping MEETS USA"], ["person:jimmy-carter LEADS USA"]),
 ("Deng is the first Chinese leader to visit the United States since the communist revolution.", [], ["person:deng-xiaoping MEETS USA", "person:deng-xiaoping LEADS CHN"]),
 ("The two sides signed agreements on science, culture and consular offices, and Deng toured a Boeing factory near Seattle.", [], []),
 ("Moscow has warned Washington against building a partnership with Beijing aimed at the Soviet Union.", [], ["SUN CONDEMNS USA"]),
 ("Deng also accused Vietnam of acting as a Soviet proxy in Southeast Asia after its invasion of Cambodia last month.", ["person:deng-xiaoping CONDEMNS VNM", "VNM ATTACKS KHM"], []),
]
