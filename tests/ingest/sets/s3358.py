DAY = "1940-09-04"
SENTS = [
 ("President Roosevelt announced on Tuesday that the United States is handing fifty over-age destroyers to Britain in return for ninety-nine-year leases on bases in Newfoundland, Bermuda and the Caribbean.", ["USA SUPPLIES_ARMS GBR"], ["GBR SUPPORTS USA", "person:franklin-d-roosevelt LEADS USA"]),
 ("The first eight destroyers will be turned over to Royal Navy crews at Halifax this week.", [], ["USA SUPPLIES_ARMS GBR"]),
 ("Berlin called the deal an open breach of American neutrality, and the German press said Washington was now waging an undeclared war.", ["DEU CONDEMNS USA"], []),
 ("Canada and the United States set up a permanent joint board on defence last month after Mr. Mackenzie King met Mr. Roosevelt at Ogdensburg.", ["CAN ALLIED_WITH USA", "person:william-lyon-mackenzie-king MEETS person:franklin-d-roosevelt"], []),
]
