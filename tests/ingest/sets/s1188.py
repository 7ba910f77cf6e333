DAY = "2025-09-01"
SENTS = [
 ("Xi Jinping hosted Vladimir Putin and Narendra Modi at the Shanghai Cooperation Organisation summit in Tianjin.", ["person:xi-jinping MEETS person:vladimir-putin", "person:xi-jinping MEETS person:narendra-modi"], ["person:vladimir-putin MEETS CHN", "person:narendra-modi MEETS CHN", "person:vladimir-putin MEETS person:narendra-modi"]),
 ("Modi and Putin rode together in the Russian president's limousine to their bilateral meeting.", ["person:narendra-modi MEETS person:vladimir-putin"]),
 ("It was Modi's first trip to China in seven years.", ["person:narendra-modi MEETS CHN"]),
 ("Washington had doubled tariffs on Indian goods to 50 percent weeks earlier as punishment for New Delhi's purchases of Russian oil.", ["IND TRADES_WITH RUS"], ["USA SANCTIONS IND"]),
 ("Two days later, Kim Jong Un joined Xi and Putin on the rostrum at a military parade in Beijing marking the end of the Second World War.", ["person:kim-jong-un MEETS person:xi-jinping", "person:kim-jong-un MEETS person:vladimir-putin", "person:kim-jong-un MEETS CHN"], ["person:xi-jinping MEETS person:vladimir-putin", "person:vladimir-putin MEETS CHN"]),
]
