DAY = "2025-10-28"
SENTS = [
 ("Sanae Takaichi, Japan's first female prime minister, hosted Donald Trump in Tokyo on Tuesday, a week after taking office.", ["person:sanae-takaichi MEETS person:donald-trump", "person:donald-trump MEETS JPN", "person:sanae-takaichi LEADS JPN"]),
 ("The two leaders signed a framework on securing supplies of rare earths and critical minerals.", [], ["JPN MEETS USA"]),
 ("Takaichi said she would nominate Trump for the Nobel Peace Prize.", [], ["person:sanae-takaichi SUPPORTS person:donald-trump"]),
 ("Trump later addressed US sailors aboard the aircraft carrier USS George Washington at Yokosuka.", [], []),
 ("Japan hosts more US troops than any other country.", ["USA DEPLOYS_TROOPS JPN"]),
]
