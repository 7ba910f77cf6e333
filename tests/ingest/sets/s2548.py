DAY = "2024-08-27"
SENTS = [
 ("Canada will impose a 100 percent tariff on electric vehicles made in China from October, Prime Minister Justin Trudeau said on Monday, matching measures taken by the United States.", [], ["CAN SANCTIONS CHN", "USA SANCTIONS CHN", "person:justin-trudeau LEADS CAN"]),
 ("China's commerce ministry accused Ottawa of protectionism and said it would take all necessary measures in response.", ["CHN CONDEMNS CAN"], []),
 ("Beijing has since opened an anti-dumping investigation into Canadian canola, a crop of which China is the largest foreign buyer.", ["CHN TRADES_WITH CAN"], ["CHN SANCTIONS CAN"]),
 ("Canada also announced a 25 percent surtax on Chinese steel and aluminium.", [], ["CAN SANCTIONS CHN"]),
 ("Trudeau said China was not playing by the same rules as other countries.", ["person:justin-trudeau CONDEMNS CHN"], []),
]
