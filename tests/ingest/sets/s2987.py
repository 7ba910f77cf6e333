DAY = "1954-03-17"
SENTS = [
 ("Japan protested to the United States today over the burns suffered by twenty-three fishermen caught in the ash of the American hydrogen bomb test at Bikini on March 1.", ["JPN CONDEMNS USA"], []),
 ("The crew of the trawler Lucky Dragon are in hospital in Tokyo, and tuna from the boat has been destroyed.", [], []),
 ("The Japanese Foreign Office said the danger zone around the test had been drawn too small.", [], ["JPN CONDEMNS USA"]),
 ("Admiral Lewis Strauss of the Atomic Energy Commission said the fishermen must have been inside the warning area.", [], []),
 ("Moscow radio called the test a crime against the Japanese people.", [], ["SUN CONDEMNS USA"]),
]
