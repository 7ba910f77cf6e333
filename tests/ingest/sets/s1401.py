DAY = "2022-10-08"
SENTS = [
 ("The United States on Friday barred American companies from supplying advanced computing chips and chipmaking equipment to China without a licence.", ["USA SANCTIONS CHN"], []),
 ("The rules also restrict US citizens from supporting the development of advanced chips at Chinese factories.", [], ["USA SANCTIONS CHN"]),
 ("Beijing accused Washington of abusing export controls to maintain its technological hegemony.", ["CHN CONDEMNS USA"], []),
 ("The Netherlands and Japan, home to key equipment makers, later agreed to join the restrictions.", [], ["NLD SANCTIONS CHN", "JPN SANCTIONS CHN"]),
 ("China is the largest market for American semiconductor firms.", ["CHN TRADES_WITH USA"], []),
]
