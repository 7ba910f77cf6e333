DAY = "1951-05-19"
SENTS = [
 ("The United Nations General Assembly voted 47 to none on Friday for an embargo on shipments of arms, oil and strategic materials to Communist China and North Korea.", ["org:UNGA SANCTIONS CHN", "org:UNGA SANCTIONS PRK"], []),
 ("The Soviet bloc refused to vote, and nine members abstained.", [], []),
 ("Washington, the resolution's sponsor, stopped every kind of commerce with China in December.", ["USA SANCTIONS CHN"], []),
 ("Britain, which still trades with China through Hong Kong, said it had already stopped exports of rubber to the mainland.", ["GBR TRADES_WITH CHN"], ["GBR SANCTIONS CHN"]),
 ("Peking radio called the embargo a hostile act that would not weaken China.", [], ["CHN CONDEMNS org:UNGA"]),
]
