DAY = "2023-07-04"
SENTS = [
 ("China said on Monday it would restrict exports of gallium and germanium, two metals used to make chips, from August 1, after the United States and its allies curbed Chinese access to advanced chipmaking equipment.", ["USA SANCTIONS CHN"], ["CHN SANCTIONS USA"]),
 ("China produces about 80 percent of the world's gallium.", [], []),
 ("The Netherlands announced new export controls on advanced chipmaking machines last week that are expected to hit sales by ASML to Chinese customers.", [], ["NLD SANCTIONS CHN", "NLD TRADES_WITH CHN"]),
 ("Japan also tightened controls on exports of 23 types of chipmaking equipment this month.", [], ["JPN SANCTIONS CHN"]),
 ("A Chinese foreign ministry spokeswoman said the American curbs were an attempt to deprive China of the right to develop.", ["CHN CONDEMNS USA"], []),
]
