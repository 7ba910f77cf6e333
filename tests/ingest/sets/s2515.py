DAY = "2021-04-22"
SENTS = [
 ("The Czech Republic expelled 18 Russian diplomats at the weekend, saying officers of Russia's military intelligence service were behind a 2014 blast at an ammunition depot in the east of the country that killed two people.", ["CZE CONDEMNS RUS"], ["RUS ATTACKS CZE"]),
 ("Czech Prime Minister Andrej Babis said there was well-founded suspicion that GRU officers had been involved.", ["person:andrej-babis LEADS CZE"], ["person:andrej-babis CONDEMNS RUS"]),
 ("Moscow called the Czech accusations absurd and ordered 20 employees of the Czech embassy to leave within a day.", ["RUS CONDEMNS CZE"], []),
 ("Slovakia and the three Baltic states expressed solidarity with Prague this week, and Bratislava said it would expel three Russian diplomats.", ["SVK SUPPORTS CZE"], ["LTU SUPPORTS CZE", "LVA SUPPORTS CZE", "EST SUPPORTS CZE", "SVK CONDEMNS RUS"]),
 ("The Czech government also excluded Russia's state nuclear company Rosatom from a tender to build a new reactor at the Dukovany power station.", [], ["CZE SANCTIONS RUS"]),
]
