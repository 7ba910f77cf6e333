DAY = "2017-04-05"
SENTS = [
 ("The Dalai Lama arrived in the Indian state of Arunachal Pradesh on Tuesday for a nine-day visit that China had urged New Delhi to cancel.", [], ["CHN CONDEMNS IND"]),
 ("Beijing, which claims most of the state as South Tibet, said the visit would seriously damage ties with India.", [], ["CHN CONDEMNS IND"]),
 ("India's junior home minister, Kiren Rijiju, said the government had no role in the Dalai Lama's religious activities.", [], []),
 ("China summoned the Indian ambassador in Beijing to lodge a protest.", ["CHN CONDEMNS IND"], []),
 ("The Dalai Lama has lived in exile in India since fleeing Tibet after a failed uprising against Chinese rule in 1959.", [], ["IND SUPPORTS person:dalai-lama"]),
]
