DAY = "2015-02-06"
SENTS = [
 ("Jordanian warplanes struck Islamic State targets in Syria on Thursday, two days after the militants released a video showing a captured Jordanian pilot being burned alive.", ["JOR ATTACKS org:ISIS"], ["JOR ATTACKS SYR"]),
 ("King Abdullah, who cut short a visit to Washington after the video emerged, vowed a relentless war against the group.", [], ["person:abdullah-ii LEADS JOR", "person:abdullah-ii MEETS USA", "person:abdullah-ii ATTACKS org:ISIS", "JOR ATTACKS org:ISIS"]),
 ("Jordan executed two jihadist prisoners, including a woman Islamic State had sought to free in exchange for a Japanese hostage.", [], []),
 ("The United Arab Emirates, which suspended its own air strikes after the pilot's capture in December, said it would send F-16s to a Jordanian base.", [], ["ARE DEPLOYS_TROOPS JOR", "ARE ATTACKS org:ISIS"]),
 ("The United States has promised Jordan an extra $1 billion a year in aid.", [], ["USA SUPPORTS JOR"]),
]
