DAY = "2016-05-23"
SENTS = [
 ("Barack Obama announced on Monday that the United States would fully lift its decades-old embargo on arms sales to Vietnam.", [], ["USA SANCTIONS VNM", "person:barack-obama LEADS USA"]),
 ("Obama made the announcement at a news conference in Hanoi with President Tran Dai Quang.", ["person:barack-obama MEETS person:tran-dai-quang", "person:barack-obama MEETS VNM"], ["person:tran-dai-quang LEADS VNM"]),
 ("The move is widely seen as a bid to strengthen Vietnam against China, which claims most of the South China Sea.", [], []),
 ("Vietnam, which fought a brief border war with China in 1979, currently buys most of its weapons from Russia.", ["VNM ATTACKS CHN", "CHN ATTACKS VNM", "RUS SUPPLIES_ARMS VNM"], []),
 ("Obama also met dissidents and said the US would keep pressing Hanoi on human rights.", [], ["USA CONDEMNS VNM"]),
]
