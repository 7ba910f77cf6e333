DAY = "2005-06-22"
SENTS = [
 ("Prime Minister Phan Van Khai on Tuesday became the first Vietnamese leader to visit the White House since the end of the Vietnam War, and President Bush praised the country's economic reforms.", ["person:phan-van-khai MEETS USA"], ["person:phan-van-khai LEADS VNM", "person:george-w-bush SUPPORTS VNM", "person:george-w-bush LEADS USA", "person:phan-van-khai MEETS person:george-w-bush"]),
 ("Bush said he supported Vietnam's bid to join the World Trade Organization next year.", ["person:george-w-bush SUPPORTS VNM"], []),
 ("Trade between the two former enemies has grown to more than $7 billion a year since Washington lifted its embargo in 1994, and the United States is now Vietnam's largest export market.", ["USA TRADES_WITH VNM"], ["USA SANCTIONS VNM"]),
 ("Khai's delegation signed an order for four Boeing 787 airliners worth about $500 million.", [], ["VNM TRADES_WITH USA"]),
]
