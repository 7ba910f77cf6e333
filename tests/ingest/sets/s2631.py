DAY = "1997-09-24"
SENTS = [
 ("The United States and Japan agreed on Tuesday on new guidelines for defence cooperation that give Japanese forces a larger role in supporting American troops in a regional crisis.", [], ["USA ALLIED_WITH JPN", "JPN SUPPORTS USA"]),
 ("The guidelines, signed in New York by the foreign and defence ministers of both countries, replace those of 1978.", [], []),
 ("China, which fears they could cover a conflict over Taiwan, demanded to know whether the island was included.", [], ["CHN CONDEMNS USA", "CHN CONDEMNS JPN"]),
 ("About 47,000 American troops are stationed in Japan under the security treaty between the two countries.", ["USA DEPLOYS_TROOPS JPN"], ["USA ALLIED_WITH JPN"]),
 ("Tokyo pays about $5 billion a year toward the cost of keeping them there.", [], ["JPN SUPPORTS USA"]),
]
