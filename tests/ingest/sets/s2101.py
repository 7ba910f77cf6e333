DAY = "2016-06-24"
SENTS = [
 ("Indonesian President Joko Widodo held a cabinet meeting aboard a warship off the Natuna islands on Thursday, days after the Indonesian navy fired on Chinese fishing boats in the area.", ["person:joko-widodo LEADS IDN"], ["IDN ATTACKS CHN"]),
 ("China protested to Jakarta over the shooting, which it said had wounded a fisherman in what Beijing called traditional Chinese fishing grounds.", ["CHN CONDEMNS IDN"], []),
 ("Indonesia says the waters lie within its exclusive economic zone and rejects China's nine-dash line.", [], ["IDN CONDEMNS CHN"]),
 ("Foreign Minister Retno Marsudi said Indonesia would defend its sovereignty.", [], []),
 ("Indonesia, unlike the Philippines and Vietnam, is not a claimant in the South China Sea disputes.", [], []),
]
