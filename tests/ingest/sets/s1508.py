DAY = "2021-03-22"
SENTS = [
 ("The European Union imposed sanctions on four Chinese officials on Monday over the mass detention of Uyghurs in Xinjiang, its first measures against Beijing since the 1989 Tiananmen crackdown.", ["org:EU SANCTIONS CHN"], ["org:EU CONDEMNS CHN"]),
 ("China hit back within hours with sanctions on ten European lawmakers and academics and four institutions.", [], ["CHN SANCTIONS org:EU", "CHN CONDEMNS org:EU"]),
 ("Britain, Canada and the United States announced coordinated sanctions on the same day.", [], ["GBR SANCTIONS CHN", "CAN SANCTIONS CHN", "USA SANCTIONS CHN"]),
 ("Beijing summoned the EU ambassador, Nicolas Chapuis, to lodge a solemn protest.", ["CHN CONDEMNS org:EU"], []),
 ("The dispute puts at risk an investment agreement that China and the EU concluded in December after seven years of negotiations.", ["CHN TRADES_WITH org:EU"], ["CHN MEETS org:EU"]),
]
