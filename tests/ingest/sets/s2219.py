DAY = "1992-08-24"
SENTS = [
 ("China and South Korea established diplomatic relations on Monday, ending four decades of hostility dating from the Korean War.", [], ["CHN SUPPORTS KOR", "KOR SUPPORTS CHN", "CHN ATTACKS KOR", "CHN MEETS KOR"]),
 ("South Korea, in turn, broke off its ties with Taiwan, which it had recognized since 1949.", [], ["KOR SANCTIONS TWN", "KOR SUPPORTS TWN"]),
 ("Taiwan's government said it was deeply hurt and recalled its ambassador from Seoul.", [], ["TWN CONDEMNS KOR"]),
 ("Foreign Minister Lee Sang-ock signed the agreement with his Chinese counterpart, Qian Qichen, in Beijing.", ["person:lee-sang-ock MEETS person:qian-qichen"], ["person:lee-sang-ock MEETS CHN"]),
 ("North Korea, China's longtime ally, did not comment, but trade between Beijing and Seoul reached $6 billion last year.", ["PRK ALLIED_WITH CHN", "CHN TRADES_WITH KOR"], []),
 ("President Roh Tae-woo is expected to visit Beijing next month.", [], ["person:roh-tae-woo LEADS KOR", "person:roh-tae-woo MEETS CHN"]),
]
