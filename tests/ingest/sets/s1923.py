DAY = "2025-04-03"
SENTS = [
 ("Donald Trump imposed a 10 percent tariff on imports from almost every country on Wednesday and much steeper duties on dozens of trading partners, including 34 percent on China and 20 percent on the European Union.", [], ["USA SANCTIONS CHN", "USA SANCTIONS org:EU"]),
 ("China vowed to take resolute countermeasures and accused Washington of bullying.", ["CHN CONDEMNS USA"], []),
 ("European Commission President Ursula von der Leyen called the tariffs a major blow to the world economy and said the EU was preparing a response.", ["person:ursula-von-der-leyen LEADS org:EC"], ["person:ursula-von-der-leyen CONDEMNS USA"]),
 ("Canada and Mexico, already hit by 25 percent duties on some goods, were spared the new tariffs.", [], ["USA SANCTIONS CAN", "USA SANCTIONS MEX"]),
 ("Japan, America's biggest foreign investor, said the 24 percent levy on its goods was extremely regrettable.", [], ["JPN CONDEMNS USA", "JPN TRADES_WITH USA"]),
 ("Russia, North Korea, Cuba and Belarus were not on the list because existing sanctions already preclude meaningful trade, the White House said.", [], ["USA SANCTIONS RUS", "USA SANCTIONS PRK", "USA SANCTIONS CUB", "USA SANCTIONS BLR"]),
]
