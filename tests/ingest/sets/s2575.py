DAY = "2002-08-05"
SENTS = [
 ("China on Monday denounced Taiwan's President Chen Shui-bian for saying there was one country on each side of the Taiwan Strait, calling his words a dangerous provocation.", ["CHN CONDEMNS person:chen-shui-bian", "person:chen-shui-bian LEADS TWN"], ["CHN CONDEMNS TWN"]),
 ("Chen, who spoke by video link to a meeting of Taiwanese business people in Tokyo, also said the island should consider holding a referendum on its future.", [], []),
 ("Beijing's Taiwan Affairs Office accused Chen of steering the island towards independence and warned that separatism would bring disaster.", ["CHN CONDEMNS person:chen-shui-bian"], []),
 ("Washington reminded Taipei that it does not support independence for the island.", [], []),
 ("China has threatened to use force against Taiwan if it ever declares formal independence.", [], ["CHN ATTACKS TWN", "CHN CONDEMNS TWN"]),
]
