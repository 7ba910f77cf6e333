DAY = "2016-02-11"
SENTS = [
 ("South Korea said on Wednesday it would shut down the Kaesong industrial park, the last major project of economic cooperation between the two Koreas.", [], ["KOR TRADES_WITH PRK", "KOR SANCTIONS PRK"]),
 ("Seoul said the wages paid to North Korean workers at the complex, about $100 million a year, had been diverted to Pyongyang's nuclear and missile programmes.", [], ["KOR CONDEMNS PRK"]),
 ("The North responded by expelling all South Korean workers, freezing the companies' assets and declaring the complex a military zone.", [], ["PRK SANCTIONS KOR"]),
 ("Japan announced its own sanctions on Pyongyang, including a ban on North Korean ships entering its ports.", ["JPN SANCTIONS PRK"], []),
 ("China, the North's main trading partner and only ally, urged all sides to show restraint.", ["CHN TRADES_WITH PRK", "CHN ALLIED_WITH PRK"], []),
]
