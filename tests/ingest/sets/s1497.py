DAY = "2023-04-03"
SENTS = [
 ("The Philippines named four more military sites on Monday where American troops will have access under a 2014 defence agreement with the United States.", ["PHL ALLIED_WITH USA"], ["USA DEPLOYS_TROOPS PHL"]),
 ("Three of the sites face Taiwan, and China accused Washington of stoking tensions in the region for its own selfish interests.", ["CHN CONDEMNS USA"], []),
 ("Ferdinand Marcos Jr, who took office last year, has sought closer ties with Washington after his predecessor Rodrigo Duterte courted Beijing.", [], ["person:ferdinand-marcos-jr LEADS PHL"]),
 ("US and Philippine forces began their largest ever joint exercises on Tuesday, with more than 17,000 troops taking part.", ["USA ALLIED_WITH PHL"], []),
 ("Japan, which is negotiating its own defence pact with Manila, sent observers to the drills.", [], ["JPN ALLIED_WITH PHL"]),
]
