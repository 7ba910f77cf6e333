DAY = "2020-06-14"
SENTS = [
 ("Nepal's parliament approved a new political map on Saturday that includes territory controlled by India.", [], []),
 ("New Delhi called the move untenable and said Kathmandu had artificially enlarged its claims.", ["IND CONDEMNS NPL"], []),
 ("Prime Minister K.P. Sharma Oli has accused India of encroaching on Nepali land at the Lipulekh pass.", ["person:kp-sharma-oli CONDEMNS IND"], ["person:kp-sharma-oli LEADS NPL"]),
 ("India inaugurated a road to the pass in May, which Nepal protested.", [], ["NPL CONDEMNS IND"]),
 ("Landlocked Nepal depends on India for most of its fuel and trade.", ["NPL TRADES_WITH IND"], []),
]
