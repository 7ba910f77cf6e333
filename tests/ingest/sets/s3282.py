DAY = "1959-08-20"
SENTS = [
 ("About thirty armed men who sailed from Cuba landed on the southwestern tip of Haiti last week, and the government of President Francois Duvalier says most of them are Cubans.", [], ["person:francois-duvalier LEADS HTI"]),
 ("Haiti asked the Organization of American States on Monday to take action against Cuba, which it accused of allowing the expedition to be organised on its soil.", ["HTI CONDEMNS CUB"], ["HTI MEMBER_OF org:OAS"]),
 ("The United States Marine mission that trains the Haitian army is helping to direct the hunt for the invaders.", ["USA DEPLOYS_TROOPS HTI"], ["USA SUPPORTS HTI"]),
 ("Havana said the Cuban government had nothing to do with the landing.", [], []),
 ("Washington has also lent Duvalier's government several helicopters to carry troops into the mountains.", ["USA SUPPLIES_ARMS HTI"], ["USA SUPPORTS HTI"]),
]
