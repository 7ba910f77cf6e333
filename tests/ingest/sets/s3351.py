DAY = "1938-05-14"
SENTS = [
 ("Mexico broke off diplomatic relations with Britain on Friday after London demanded the payment of an old debt in a note that President Cardenas called insulting.", ["person:lazaro-cardenas CONDEMNS GBR"], ["MEX CONDEMNS GBR", "GBR CONDEMNS MEX", "person:lazaro-cardenas LEADS MEX"]),
 ("The quarrel began in March when Mexico expropriated the properties of the British and American oil companies.", [], ["MEX SANCTIONS GBR", "MEX SANCTIONS USA"]),
 ("The British companies have since persuaded most buyers to boycott Mexican oil, and Mexico is now bartering its crude with Germany and Italy for machinery.", ["MEX TRADES_WITH DEU", "MEX TRADES_WITH ITA"], []),
 ("Washington has recognised Mexico's right to expropriate but insists on prompt compensation for American owners.", [], ["USA CONDEMNS MEX"]),
]
