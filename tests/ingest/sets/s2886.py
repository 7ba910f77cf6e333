DAY = "1952-12-06"
SENTS = [
 ("President-elect Dwight D. Eisenhower ended a three-day visit to Korea on Friday, during which he toured the front and conferred with President Syngman Rhee.", ["person:dwight-eisenhower MEETS KOR", "person:dwight-eisenhower MEETS person:syngman-rhee"], ["person:syngman-rhee LEADS KOR"]),
 ("Eisenhower did not announce any new plan for ending the war.", [], []),
 ("General Mark Clark and General James Van Fleet briefed him on the fighting.", [], []),
 ("Rhee urged an offensive to drive the Chinese out of Korea.", [], ["KOR ATTACKS CHN"]),
 ("A quarter of a million American soldiers are in Korea.", ["USA DEPLOYS_TROOPS KOR"], []),
 ("Peking radio said the visit showed that the Americans wanted to widen the war.", [], ["CHN CONDEMNS USA"]),
]
