DAY = "2024-10-09"
SENTS = [
 ("China imposed provisional anti-dumping duties on brandy imported from the European Union on Tuesday, days after the bloc voted to put tariffs of up to 35 percent on electric cars made in China.", [], ["CHN TRADES_WITH org:EU", "CHN SANCTIONS org:EU", "org:EU SANCTIONS CHN"]),
 ("French cognac makers, who ship much of their output to China, will have to lodge deposits of up to 39 percent with customs.", [], ["FRA TRADES_WITH CHN"]),
 ("France had backed the tariffs on Chinese cars, while Germany voted against them.", [], ["FRA SANCTIONS CHN", "DEU SUPPORTS CHN"]),
 ("Brussels called the duties unfounded and said it would intervene to protect the cognac industry.", [], ["org:EU CONDEMNS CHN"]),
 ("Beijing has also opened investigations into European pork and dairy products.", [], ["CHN SANCTIONS org:EU"]),
]
