DAY = "2016-04-26"
SENTS = [
 ("Australia chose France's DCNS on Tuesday to build 12 submarines in a deal worth 50 billion Australian dollars, the country's largest defence contract.", ["FRA SUPPLIES_ARMS AUS"], []),
 ("Prime Minister Malcolm Turnbull said the submarines would be built in Adelaide.", [], ["person:malcolm-turnbull LEADS AUS"]),
 ("Japan, which had bid with a version of its Soryu-class submarine, said it deeply regretted the decision and asked Canberra to explain it.", [], ["JPN CONDEMNS AUS"]),
 ("Germany's ThyssenKrupp Marine Systems also lost out.", [], []),
 ("French President Francois Hollande hailed the decision as a historic step in the strategic partnership between the two countries.", ["person:francois-hollande LEADS FRA"], ["person:francois-hollande SUPPORTS AUS", "FRA ALLIED_WITH AUS"]),
]
