DAY = "2019-05-17"
SENTS = [
 ("The US Commerce Department added Huawei to a trade blacklist on Thursday, barring the Chinese telecoms giant from buying American components without government approval.", ["USA SANCTIONS CHN"], []),
 ("The move came hours after President Donald Trump signed an order declaring a national emergency over threats to American communications networks.", [], ["person:donald-trump LEADS USA"]),
 ("China's commerce ministry said Beijing would take necessary measures to protect its companies and urged Washington to stop its wrong actions.", ["CHN CONDEMNS USA"], []),
 ("The two countries have imposed tariffs on hundreds of billions of dollars of each other's goods in a trade war that began last year.", [], ["USA SANCTIONS CHN", "CHN SANCTIONS USA", "CHN TRADES_WITH USA"]),
 ("Washington has also pressed allies such as Britain and Germany to exclude Huawei from their 5G networks.", [], ["USA ALLIED_WITH GBR", "USA ALLIED_WITH DEU"]),
]
