DAY = "2019-10-12"
SENTS = [
 ("Indian Prime Minister Narendra Modi hosted Chinese President Xi Jinping for an informal summit in the coastal town of Mamallapuram on Friday, months after tensions over Kashmir.", ["person:narendra-modi LEADS IND", "person:xi-jinping LEADS CHN", "person:narendra-modi MEETS person:xi-jinping", "person:xi-jinping MEETS IND"], []),
 ("The two leaders toured ancient temples together and held talks over dinner.", [], ["person:narendra-modi MEETS person:xi-jinping"]),
 ("China, Pakistan's closest ally, had criticised India's decision in August to revoke the special status of Kashmir.", ["CHN ALLIED_WITH PAK", "CHN CONDEMNS IND"], []),
 ("Indian officials said Kashmir was not discussed, and that the leaders focused on trade and terrorism.", [], []),
 ("India's trade deficit with China, its largest trading partner, reached 53 billion dollars last year.", ["CHN TRADES_WITH IND"], []),
 ("Xi later flew to Nepal, the first visit by a Chinese president in more than two decades.", ["person:xi-jinping MEETS NPL"], ["person:xi-jinping LEADS CHN"]),
]
