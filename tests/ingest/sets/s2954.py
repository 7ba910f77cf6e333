DAY = "1952-08-06"
SENTS = [
 ("Ministers from Australia, New Zealand and the United States wound up the ANZUS council's first session in Honolulu today.", [], ["AUS MEETS USA", "NZL MEETS USA", "AUS MEETS NZL"]),
 ("Australia and New Zealand signed the security treaty with the United States in San Francisco last September.", ["AUS ALLIED_WITH USA", "NZL ALLIED_WITH USA"], []),
 ("Secretary of State Dean Acheson said the council would set up a military staff at Pearl Harbor to plan the defence of the Pacific.", [], []),
 ("Both dominions have troops fighting beside the Americans in Korea, and Australia has also sent a squadron of Meteor jets.", [], ["AUS DEPLOYS_TROOPS KOR", "NZL DEPLOYS_TROOPS KOR", "AUS ALLIED_WITH USA", "NZL ALLIED_WITH USA"]),
 ("Britain, which was left out of the pact, is said to have asked for an observer's seat on the council.", [], []),
]
