DAY = "2025-10-30"
SENTS = [
 ("Trump gave South Korea approval to build a nuclear-powered submarine, a step Seoul had sought for decades.", [], ["USA SUPPORTS KOR"]),
 ("The announcement followed his meeting with President Lee Jae-myung in Gyeongju.", ["person:donald-trump MEETS person:lee-jae-myung"], ["person:lee-jae-myung LEADS KOR", "person:donald-trump MEETS KOR"]),
 ("Seoul agreed to invest 350 billion dollars in the United States in exchange for lower tariffs on its exports.", [], ["KOR TRADES_WITH USA"]),
 ("North Korea fired several cruise missiles into the Yellow Sea ahead of the summit.", []),
 ("About 28,500 American troops are stationed in South Korea.", ["USA DEPLOYS_TROOPS KOR"]),
]
