DAY = "1998-05-30"
SENTS = [
 ("Pakistan carried out five nuclear tests on Thursday in response to India's tests two weeks ago, and Prime Minister Nawaz Sharif said the country had settled the score.", [], ["person:nawaz-sharif LEADS PAK"]),
 ("President Clinton imposed sanctions on Pakistan, cutting off economic aid and military sales, as he had done with India.", ["USA SANCTIONS PAK"], ["person:bill-clinton SANCTIONS PAK", "person:bill-clinton LEADS USA", "USA SANCTIONS IND"]),
 ("Japan, Pakistan's biggest aid donor, froze new grants and loans.", ["JPN SUPPORTS PAK"], ["JPN SANCTIONS PAK"]),
 ("China, which has long helped Pakistan with its nuclear and missile programmes, expressed regret but stopped short of condemning its ally.", ["CHN SUPPORTS PAK"], ["CHN ALLIED_WITH PAK", "CHN SUPPLIES_ARMS PAK"]),
 ("Saudi Arabia, which has financed Pakistan's economy for years, praised the tests as an achievement for the Muslim world.", ["SAU SUPPORTS PAK"], []),
 ("India's prime minister, Atal Bihari Vajpayee, said the tests vindicated his government's decision.", ["person:atal-bihari-vajpayee LEADS IND"], []),
]
