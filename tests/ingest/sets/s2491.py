DAY = "2010-09-28"
SENTS = [
 ("Chinese customs officials have held up shipments of rare earth minerals to Japan for a week, Japanese trading companies said, amid the row over a Chinese trawler captain detained near disputed islands.", [], ["CHN SANCTIONS JPN", "CHN TRADES_WITH JPN"]),
 ("China supplies more than 90 percent of the world's rare earths, and Japan buys about half of China's exports of the minerals.", ["JPN TRADES_WITH CHN"], []),
 ("Beijing also suspended ministerial contacts with Tokyo and cancelled a visit by 1,000 Japanese students to the Shanghai Expo.", ["CHN SANCTIONS JPN"], []),
 ("Japan released the captain on Friday, but Premier Wen Jiabao demanded an apology and compensation.", [], ["person:wen-jiabao CONDEMNS JPN", "person:wen-jiabao LEADS CHN"]),
 ("Tokyo rejected the demand and asked China to pay for damage to the two coast guard ships the trawler rammed.", [], ["JPN CONDEMNS CHN"]),
]
