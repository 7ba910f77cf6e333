DAY = "1986-12-20"
SENTS = [
 ("Washington has airlifted Redeye shoulder-fired missiles and army trucks to Chad as part of a $15 million emergency package.", ["USA SUPPLIES_ARMS TCD"], ["USA SUPPORTS TCD"]),
 ("French transport planes have dropped food, fuel and ammunition to the former rebels of Goukouni Oueddei, who turned against their Libyan backers in October.", [], []),
 ("Libya, which has kept several thousand soldiers in northern Chad since 1983, bombed the oasis of Bardai this week.", ["LBY DEPLOYS_TROOPS TCD"], ["LBY ATTACKS TCD"]),
 ("President Hissene Habre of Chad thanked Washington and Paris for their help and accused Colonel Muammar el-Qaddafi of trying to annex the north of his country.", ["person:hissene-habre LEADS TCD", "person:hissene-habre CONDEMNS person:muammar-gaddafi"], ["person:hissene-habre SUPPORTS USA", "person:hissene-habre SUPPORTS FRA", "USA SUPPORTS TCD", "FRA SUPPORTS TCD"]),
]
