DAY = "2009-02-21"
SENTS = [
 ("Hillary Clinton arrived in Beijing on Friday on the last leg of her first trip abroad as secretary of state, after stops in Tokyo, Jakarta and Seoul.", ["person:hillary-clinton MEETS CHN", "person:hillary-clinton MEETS JPN", "person:hillary-clinton MEETS IDN", "person:hillary-clinton MEETS KOR"], []),
 ("Clinton said the United States and China should not let disagreements over human rights stand in the way of cooperation on the global economic crisis.", [], []),
 ("She held talks with President Hu Jintao and Premier Wen Jiabao, and urged Beijing to keep buying American Treasury bonds.", ["person:hillary-clinton MEETS person:hu-jintao", "person:hillary-clinton MEETS person:wen-jiabao"], ["person:hu-jintao LEADS CHN", "person:wen-jiabao LEADS CHN", "CHN SUPPORTS USA"]),
 ("China is the largest foreign holder of US government debt, with about $700 billion in Treasuries.", ["CHN SUPPORTS USA"], ["CHN TRADES_WITH USA"]),
 ("In Seoul, Clinton warned North Korea against provocative actions and said it would not improve its relations with Washington by insulting the South.", [], ["person:hillary-clinton CONDEMNS PRK", "person:hillary-clinton MEETS KOR"]),
]
