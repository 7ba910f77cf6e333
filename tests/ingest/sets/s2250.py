DAY = "1997-02-20"
SENTS = [
 ("Deng Xiaoping, who led China for nearly two decades and opened its economy to the world, died in Beijing on Wednesday night at the age of 92.", ["person:deng-xiaoping LEADS CHN"], []),
 ("President Jiang Zemin, whom Deng chose as his successor, will chair the funeral committee.", [], ["person:jiang-zemin LEADS CHN"]),
 ("President Clinton called Deng an extraordinary figure on the world stage.", [], ["person:bill-clinton LEADS USA", "person:bill-clinton SUPPORTS person:deng-xiaoping"]),
 ("Taiwan, which Beijing regards as a renegade province, said it hoped relations would improve.", [], []),
 ("Britain, which will hand Hong Kong back to China in July, expressed its condolences.", [], ["GBR SUPPORTS CHN"]),
 ("Trade between China and the United States reached $63 billion last year.", ["CHN TRADES_WITH USA"], []),
]
