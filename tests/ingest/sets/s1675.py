DAY = "2018-03-27"
SENTS = [
 ("More than 20 countries expelled over 100 Russian diplomats on Monday in a coordinated response to the poisoning of the former spy Sergei Skripal in England.", [], []),
 ("The United States ordered out 60 Russians it said were spies and closed the Russian consulate in Seattle.", [], ["USA CONDEMNS RUS", "USA SANCTIONS RUS"]),
 ("Germany, France and Poland each expelled four diplomats, and Ukraine expelled 13.", [], ["DEU CONDEMNS RUS", "FRA CONDEMNS RUS", "POL CONDEMNS RUS", "UKR CONDEMNS RUS"]),
 ("Theresa May said it was the largest collective expulsion of Russian intelligence officers in history.", [], ["person:theresa-may CONDEMNS RUS"]),
 ("Moscow called the expulsions a provocative gesture and promised to respond in kind.", [], ["RUS CONDEMNS bloc:WEST", "RUS CONDEMNS UKR", "RUS CONDEMNS DEU", "RUS CONDEMNS FRA", "RUS CONDEMNS POL", "RUS CONDEMNS USA"]),
]
