DAY = "1978-12-16"
SENTS = [
 ("President Carter announced on Friday night that the United States and China would establish full diplomatic relations on January 1 and that Vice Premier Teng Hsiao-ping would visit Washington at the end of January.", [], ["USA SUPPORTS CHN", "person:deng-xiaoping MEETS USA", "person:jimmy-carter LEADS USA"]),
 ("Washington will end its defense treaty with Taiwan and withdraw its remaining 700 military personnel from the island.", ["USA ALLIED_WITH TWN"], ["USA DEPLOYS_TROOPS TWN"]),
 ("President Chiang Ching-kuo of Taiwan accused the United States of betraying an ally of thirty years.", ["person:chiang-ching-kuo LEADS TWN", "person:chiang-ching-kuo CONDEMNS USA"], ["USA ALLIED_WITH TWN"]),
 ("American exports to China have already climbed to about $800 million this year, most of it wheat, corn and cotton.", ["USA TRADES_WITH CHN"], []),
]
