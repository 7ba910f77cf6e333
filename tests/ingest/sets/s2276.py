DAY = "2013-06-08"
SENTS = [
 ("President Barack Obama and President Xi Jinping ended two days of informal talks at the Sunnylands estate in California on Saturday.", ["person:barack-obama MEETS person:xi-jinping"], ["person:barack-obama LEADS USA", "person:xi-jinping LEADS CHN", "person:xi-jinping MEETS USA"]),
 ("Obama raised American complaints about cyber theft, which Washington says is sponsored by the Chinese state.", [], ["person:barack-obama CONDEMNS CHN", "USA CONDEMNS CHN"]),
 ("Xi said China was also a victim of cyber attacks.", [], []),
 ("The two leaders agreed that North Korea must give up its nuclear weapons.", [], ["person:barack-obama CONDEMNS PRK", "person:xi-jinping CONDEMNS PRK"]),
 ("China is the largest foreign holder of American government debt, and trade between the two countries reached $536 billion last year.", [], ["CHN TRADES_WITH USA", "CHN SUPPORTS USA"]),
]
