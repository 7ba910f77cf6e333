DAY = "2025-07-18"
SENTS = [
 ("Slovenia declared Benjamin Netanyahu persona non grata on Thursday, becoming the first EU country to bar the Israeli prime minister.", ["SVN CONDEMNS person:benjamin-netanyahu"], ["SVN SANCTIONS person:benjamin-netanyahu"]),
 ("Ljubljana had already banned two far-right Israeli ministers, Itamar Ben-Gvir and Bezalel Smotrich, earlier in the month.", [], ["SVN SANCTIONS person:itamar-ben-gvir", "SVN SANCTIONS person:bezalel-smotrich"]),
 ("The Netherlands imposed an entry ban on the same two ministers, accusing them of inciting violence against Palestinians.", [], ["NLD SANCTIONS person:itamar-ben-gvir", "NLD SANCTIONS person:bezalel-smotrich", "NLD CONDEMNS person:itamar-ben-gvir", "NLD CONDEMNS person:bezalel-smotrich"]),
 ("Slovenia also banned all arms trade with Israel in August.", ["SVN SANCTIONS ISR"], []),
 ("Israel's foreign ministry dismissed the measures as a disgrace.", [], ["ISR CONDEMNS SVN"]),
]
