DAY = "2015-11-02"
SENTS = [
 ("Nepal accused India on Sunday of imposing an unofficial blockade on fuel and medicine at their border crossings, where hundreds of trucks have been stranded for five weeks.", ["NPL CONDEMNS IND"], ["IND SANCTIONS NPL"]),
 ("India denied blocking the trade, saying its truck drivers feared for their safety because of protests by ethnic Madhesis on the Nepali side of the border.", [], []),
 ("Prime Minister KP Sharma Oli said the shortages were worse than the damage caused by April's earthquake.", [], ["person:kp-sharma-oli LEADS NPL"]),
 ("China began sending 1,000 tonnes of petrol to Nepal across the Himalayan passes last week, the first such deal between the two neighbours, ending India's monopoly on Nepal's fuel supply.", ["CHN TRADES_WITH NPL"], ["IND TRADES_WITH NPL", "CHN SUPPORTS NPL"]),
 ("Nepal's state oil company buys all of its fuel from the Indian Oil Corporation.", [], ["NPL TRADES_WITH IND"]),
]
