DAY = "2014-07-04"
SENTS = [
 ("Xi Jinping arrived in Seoul on Thursday for a two-day state visit, the first Chinese leader to visit South Korea before North Korea since taking office.", ["person:xi-jinping MEETS KOR", "person:xi-jinping LEADS CHN"], []),
 ("Xi and President Park Geun-hye agreed to work for the denuclearisation of the Korean peninsula and to conclude a free trade agreement by the end of the year.", [], ["person:xi-jinping MEETS person:park-geun-hye", "CHN TRADES_WITH KOR", "person:park-geun-hye LEADS KOR"]),
 ("China is South Korea's largest trading partner, with trade worth more than $270 billion last year.", ["CHN TRADES_WITH KOR"], []),
 ("Japan's plan to expand the role of its military drew criticism from both leaders, who also issued a statement on wartime sex slaves.", [], ["person:xi-jinping CONDEMNS JPN", "person:park-geun-hye CONDEMNS JPN"]),
 ("Pyongyang fired two short-range rockets into the sea hours before Xi arrived.", [], []),
 ("Beijing remains North Korea's main ally and economic lifeline.", ["CHN ALLIED_WITH PRK", "CHN SUPPORTS PRK"], []),
]
