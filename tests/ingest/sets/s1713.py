DAY = "2009-04-06"
SENTS = [
 ("North Korea launched a long-range rocket over Japan on Sunday, defying warnings from the United States, Japan and South Korea that it would be treated as a missile test.", [], ["PRK ATTACKS JPN"]),
 ("Pyongyang said the rocket had put a communications satellite into orbit, a claim the US military rejected.", [], []),
 ("Barack Obama, speaking in Prague, called the launch a provocation and said rules must be binding.", ["person:barack-obama MEETS CZE"], ["person:barack-obama CONDEMNS PRK"]),
 ("Japan called for an emergency meeting of the UN Security Council, but China and Russia urged restraint.", [], []),
 ("Japan had deployed Patriot missile batteries and two destroyers in case debris fell on its territory.", [], []),
]
