DAY = "2005-04-29"
SENTS = [
 ("Lien Chan, the chairman of Taiwan's Nationalist Party, met President Hu Jintao in Beijing on Friday, the first meeting between the leaders of the Nationalists and the Communists since 1945.", ["person:hu-jintao MEETS person:lien-chan", "person:lien-chan MEETS CHN"], ["person:hu-jintao LEADS CHN"]),
 ("The two men agreed to work to end hostility across the Taiwan Strait and to oppose Taiwanese independence.", [], []),
 ("China's parliament passed a law in March authorising the use of force if Taiwan moves toward formal independence.", [], []),
 ("Taiwan's president, Chen Shui-bian, whose party favours independence, criticised the visit but did not try to block it.", ["person:chen-shui-bian LEADS TWN"], ["person:chen-shui-bian CONDEMNS person:lien-chan"]),
 ("Beijing offered to lift tariffs on some Taiwanese fruit and to send two giant pandas to the island.", [], ["CHN TRADES_WITH TWN", "CHN SUPPORTS TWN"]),
 ("Trade across the strait reached more than $60 billion last year, and China is now Taiwan's largest export market.", ["CHN TRADES_WITH TWN"], []),
]
