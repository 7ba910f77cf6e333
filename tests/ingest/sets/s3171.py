DAY = "1988-12-21"
SENTS = [
 ("Rajiv Gandhi on Monday became the first Indian prime minister in 34 years to set foot in China, where Li Peng, the Chinese premier, greeted him with a military guard of honour.", ["person:rajiv-gandhi LEADS IND", "person:rajiv-gandhi MEETS CHN", "person:li-peng LEADS CHN"], ["person:rajiv-gandhi MEETS person:li-peng"]),
 ("On Wednesday Mr. Gandhi met Deng Xiaoping, who shook his hand for more than a minute and spoke of a new era between the two countries.", ["person:rajiv-gandhi MEETS person:deng-xiaoping"], []),
 ("Officials of both delegations will now look at the Himalayan frontier over which the neighbours fought in 1962.", [], []),
 ("Islamabad, long Beijing's firmest friend in South Asia and its partner in arms, watched the visit warily.", ["PAK ALLIED_WITH CHN"], ["CHN SUPPLIES_ARMS PAK"]),
]
