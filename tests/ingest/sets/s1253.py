DAY = "2025-01-21"
SENTS = [
 ("Donald Trump restored Cuba to the US list of state sponsors of terrorism hours after taking office, reversing a decision by Joe Biden.", [], []),
 ("Havana called the move an act of arrogance.", [], []),
 ("The designation bars most US aid to Cuba and restricts its access to international finance.", [], ["USA SANCTIONS CUB"]),
 ("Biden had removed Cuba from the list last week as part of a deal brokered by the Vatican to free political prisoners.", [], []),
 ("Cuba depends heavily on Venezuelan and Mexican oil shipments.", ["CUB TRADES_WITH VEN", "CUB TRADES_WITH MEX"]),
]
