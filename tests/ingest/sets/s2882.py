DAY = "1960-06-17"
SENTS = [
 ("The Japanese government asked President Eisenhower on Thursday to put off his visit to Tokyo after a week of riots against the new security treaty with the United States.", ["JPN ALLIED_WITH USA"], ["person:dwight-eisenhower LEADS USA"]),
 ("Demonstrators had mobbed the car of James Hagerty, the White House press secretary, at Tokyo airport last Friday.", [], []),
 ("Eisenhower, who is touring the Far East, went on to Taipei and Seoul instead.", ["person:dwight-eisenhower MEETS TWN", "person:dwight-eisenhower MEETS KOR"], []),
 ("Prime Minister Nobusuke Kishi, who pushed the treaty through the Diet, is expected to resign.", [], ["person:nobusuke-kishi LEADS JPN"]),
 ("Japan hosts some 80,000 American servicemen, counting Okinawa.", ["USA DEPLOYS_TROOPS JPN"], []),
]
