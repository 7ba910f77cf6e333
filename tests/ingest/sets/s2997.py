DAY = "1949-03-19"
SENTS = [
 ("The text of the North Atlantic Treaty was published today, binding the United States, Canada and ten European nations to regard an armed attack on one as an attack on all.", [], ["USA ALLIED_WITH CAN"]),
 ("Norway decided to join the pact despite a Soviet warning that its adherence would be regarded as a hostile act.", [], ["NOR MEMBER_OF org:NATO", "SUN CONDEMNS NOR"]),
 ("Foreign Minister Halvard Lange said Norway would not allow foreign bases on its soil in peacetime.", [], []),
 ("Secretary of State Dean Acheson said in a broadcast that the treaty was aimed at no one except an aggressor.", [], []),
 ("Moscow radio called the pact an instrument of American aggression against the Soviet Union and the people's democracies.", ["SUN CONDEMNS USA"], ["SUN CONDEMNS org:NATO"]),
]
