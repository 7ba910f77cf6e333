DAY = "1984-12-19"
SENTS = [
 ("Prime Minister Margaret Thatcher and Premier Zhao Ziyang signed an agreement in the Great Hall of the People in Beijing on Wednesday under which Britain will return Hong Kong to China in 1997.", ["person:margaret-thatcher MEETS person:zhao-ziyang", "person:margaret-thatcher MEETS CHN"], ["person:margaret-thatcher LEADS GBR", "person:zhao-ziyang LEADS CHN", "GBR MEETS CHN"]),
 ("China has promised that Hong Kong's capitalist system and way of life will remain unchanged for fifty years after the handover.", [], []),
 ("Deng Xiaoping, China's paramount leader, met Mrs Thatcher after the ceremony and called the agreement a model for the reunification of Taiwan with the mainland.", ["person:deng-xiaoping MEETS person:margaret-thatcher", "person:deng-xiaoping LEADS CHN"], []),
 ("Britain has ruled Hong Kong island since 1842.", [], []),
 ("The Taiwanese government rejected the idea that the formula could be applied to the island.", [], ["TWN CONDEMNS CHN"]),
]
