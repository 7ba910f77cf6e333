DAY = "2016-12-21"
SENTS = [
 ("Mongolia said on Tuesday that the Dalai Lama would not be invited to the country again, apparently bowing to Chinese pressure after Beijing froze talks on a loan and imposed new fees on Mongolian goods crossing the border.", ["CHN SANCTIONS MNG"], []),
 ("The Tibetan spiritual leader visited Ulaanbaatar last month, prompting China to cancel a meeting between the two countries' officials and to accuse Mongolia of hurting bilateral relations.", ["CHN CONDEMNS MNG", "CHN SANCTIONS MNG"], []),
 ("Foreign Minister Tsend Munkh-Orgil told a Mongolian television station that the government regretted the visit.", [], []),
 ("China is Mongolia's largest trading partner, buying nearly 90 percent of its exports, chiefly coal and copper.", ["CHN TRADES_WITH MNG"], []),
 ("The landlocked country had hoped for Chinese help in arranging a bailout from the International Monetary Fund.", [], ["CHN SUPPORTS MNG", "org:IMF SUPPORTS MNG"]),
 ("A spokesman for China's foreign ministry, Geng Shuang, said Beijing hoped Mongolia had learned its lesson.", [], ["CHN CONDEMNS MNG"]),
]
