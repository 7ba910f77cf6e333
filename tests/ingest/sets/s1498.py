DAY = "2022-02-04"
SENTS = [
 ("Russia and China declared a partnership with no limits on Friday as Vladimir Putin met Xi Jinping in Beijing hours before the opening ceremony of the Winter Olympics.", ["RUS ALLIED_WITH CHN", "person:vladimir-putin MEETS person:xi-jinping", "person:vladimir-putin MEETS CHN"], []),
 ("In a joint statement, the two countries opposed any further enlargement of NATO and called on the alliance to abandon its Cold War approaches.", [], ["RUS CONDEMNS org:NATO", "CHN CONDEMNS org:NATO"]),
 ("Moscow also voiced support for Beijing's position that Taiwan is an inalienable part of China.", ["RUS SUPPORTS CHN"], []),
 ("Gazprom agreed to supply China with an additional 10 billion cubic metres of gas a year.", [], ["RUS TRADES_WITH CHN"]),
 ("The United States, Britain and Australia staged a diplomatic boycott of the Games over China's human rights abuses in Xinjiang.", ["USA CONDEMNS CHN", "GBR CONDEMNS CHN", "AUS CONDEMNS CHN"], []),
]
