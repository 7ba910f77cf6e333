DAY = "2019-03-27"
SENTS = [
 ("China has suspended canola imports from Richardson International, Canada's largest grain handler, in a move widely seen as retaliation for the arrest of a Huawei executive in Vancouver.", ["CHN SANCTIONS CAN"], ["CHN TRADES_WITH CAN"]),
 ("Beijing said it had found pests in the shipments, a claim Canadian officials dispute.", [], []),
 ("China bought about 2.7 billion dollars' worth of Canadian canola seed last year, roughly 40 percent of Canada's exports of the crop.", ["CHN TRADES_WITH CAN"], []),
 ("Prime Minister Justin Trudeau said Ottawa would send a delegation to Beijing to resolve the dispute.", [], ["person:justin-trudeau LEADS CAN", "CAN MEETS CHN"]),
 ("Relations have soured since Canadian police detained Meng Wanzhou at the request of the United States in December, and China has since arrested two Canadian citizens.", [], ["CAN SUPPORTS USA", "CHN CONDEMNS CAN"]),
 ("China has demanded Meng's release and accused Washington of trying to cripple Huawei.", ["CHN CONDEMNS USA"], []),
]
