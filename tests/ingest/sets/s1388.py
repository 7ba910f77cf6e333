DAY = "2023-10-19"
SENTS = [
 ("The United States eased sanctions on Venezuela's oil, gas and gold sectors on Wednesday after Nicolas Maduro's government agreed with the opposition to hold an election in 2024.", [], ["USA SANCTIONS VEN"]),
 ("The agreement was signed in Barbados under mediation by Norway.", [], []),
 ("Washington warned it would reimpose the sanctions if Caracas failed to lift bans on opposition candidates.", [], []),
 ("Venezuela supplies much of its oil exports to China, which has lent it more than 60 billion dollars.", ["VEN TRADES_WITH CHN", "CHN SUPPORTS VEN"], []),
 ("Chevron, which has a licence to pump oil in Venezuela, shipped its first cargo to the United States this year.", [], ["VEN TRADES_WITH USA"]),
]
