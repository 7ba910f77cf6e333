DAY = "1950-07-06"
SENTS = [
 ("American infantry went into action against the North Korean invaders for the first time on Wednesday near Osan, south of Seoul.", ["USA ATTACKS PRK"], ["USA DEPLOYS_TROOPS KOR"]),
 ("The small force, flown in from Japan last week, fell back before tanks after a six-hour fight.", [], []),
 ("The Security Council is expected to ask the United States to name a commander for all United Nations forces in Korea.", [], ["org:UN DEPLOYS_TROOPS KOR"]),
 ("Warships of Britain, Australia and New Zealand are now under General MacArthur's orders.", [], ["GBR DEPLOYS_TROOPS KOR", "AUS DEPLOYS_TROOPS KOR", "NZL DEPLOYS_TROOPS KOR"]),
 ("Still boycotting the Council, the Soviet Union branded the American intervention an act of aggression against the Korean people.", ["SUN CONDEMNS USA"], []),
 ("President Syngman Rhee has moved his government to Taejon.", [], ["person:syngman-rhee LEADS KOR"]),
]
