DAY = "1989-03-08"
SENTS = [
 ("China imposed martial law on Lhasa on Tuesday night after three days of anti-Chinese rioting in the Tibetan capital in which at least a dozen people died.", [], []),
 ("Thousands of soldiers in armoured vehicles took up positions around the Jokhang temple and the government ordered all foreigners out of the city.", [], []),
 ("The Dalai Lama, speaking from exile in India, appealed to the United Nations to intervene and accused Beijing of massacring his people.", [], ["person:dalai-lama CONDEMNS CHN"]),
 ("India, which has sheltered the Dalai Lama since he fled Tibet in 1959, called for restraint.", [], []),
]
