DAY = "1952-06-25"
SENTS = [
 ("American Navy and Air Force planes bombed four big hydroelectric plants on the Yalu River in North Korea on Monday and Tuesday.", ["USA ATTACKS PRK"], []),
 ("The plants also supply power to Communist China's industry in Manchuria.", [], []),
 ("In London, Labour members protested that Britain had not been consulted, and the Government admitted it had not been told in advance.", [], []),
 ("Radio Peking branded the raids the work of American imperialist criminals.", ["CHN CONDEMNS USA"], []),
 ("The Chinese People's Volunteers entered the Korean war in October 1950.", [], ["CHN DEPLOYS_TROOPS KOR", "CHN ATTACKS KOR", "CHN DEPLOYS_TROOPS PRK"]),
]
