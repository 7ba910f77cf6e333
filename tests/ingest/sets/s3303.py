DAY = "1987-02-21"
SENTS = [
 ("China protested on Friday against India's decision to make Arunachal Pradesh a full state, saying it had never recognised the McMahon Line and that the area was Chinese territory.", ["CHN CONDEMNS IND"], []),
 ("New Delhi has accused China of keeping troops in the Sumdorong Chu valley, where Chinese soldiers built a helipad and huts last summer.", ["IND CONDEMNS CHN"], ["CHN DEPLOYS_TROOPS IND"]),
 ("The Indian Foreign Ministry dismissed the Chinese statement and said the new state was a purely domestic matter.", [], ["IND CONDEMNS CHN"]),
 ("Prime Minister Rajiv Gandhi, who is to visit the new state next week, said India sought friendship with Beijing but would defend every part of its territory.", [], ["person:rajiv-gandhi LEADS IND"]),
 ("Both armies have reinforced their positions along the eastern sector of the border since the autumn.", [], []),
]
