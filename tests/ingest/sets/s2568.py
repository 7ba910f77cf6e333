DAY = "2001-03-23"
SENTS = [
 ("The United States has ordered about 50 Russian diplomats to leave the country, the largest such expulsion since the Cold War, after an FBI agent was charged with spying for Moscow.", [], ["USA CONDEMNS RUS", "USA SANCTIONS RUS"]),
 ("Russia accused Washington on Thursday of reviving the worst habits of the Cold War and said it would answer the move in kind.", ["RUS CONDEMNS USA"], []),
 ("On Friday the Russian foreign ministry expelled four American diplomats in retaliation and told dozens more to leave by the summer.", ["RUS CONDEMNS USA"], ["RUS SANCTIONS USA"]),
 ("President George W. Bush said the dispute would not damage his relationship with Vladimir Putin, whom he hopes to meet before the summer.", [], ["person:george-w-bush LEADS USA", "person:george-w-bush MEETS person:vladimir-putin"]),
 ("Britain and Germany said they had no plans to follow the American example.", [], []),
]
