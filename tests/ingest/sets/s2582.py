DAY = "2020-04-12"
SENTS = [
 ("Saudi Arabia, Russia and other oil producers agreed on Sunday to cut output by nearly 10 million barrels a day, ending a price war that had sent crude to its lowest level in two decades.", [], ["RUS TRADES_WITH SAU"]),
 ("The deal was held up for days by Mexico, which refused to accept its full share of the cuts.", [], []),
 ("President Donald Trump said the United States would make up part of Mexico's share, and he thanked King Salman and President Vladimir Putin for the agreement.", [], ["person:donald-trump SUPPORTS person:salman-bin-abdulaziz", "person:donald-trump SUPPORTS person:vladimir-putin", "USA SUPPORTS MEX", "person:donald-trump LEADS USA", "person:vladimir-putin LEADS RUS"]),
 ("Trump had spoken to Putin and Saudi Crown Prince Mohammed bin Salman several times by telephone to press them to end their dispute.", ["person:donald-trump MEETS person:vladimir-putin", "person:donald-trump MEETS person:mohammed-bin-salman"], ["person:mohammed-bin-salman LEADS SAU"]),
 ("The price war began in March when Moscow rejected a Saudi proposal for deeper cuts and Riyadh responded by flooding the market with cheap oil.", [], ["RUS CONDEMNS SAU"]),
]
