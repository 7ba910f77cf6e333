DAY = "2025-11-19"
SENTS = [
 ("China has suspended imports of Japanese seafood and told its citizens to avoid travel to Japan, escalating a dispute over remarks by Prime Minister Sanae Takaichi about Taiwan.", ["CHN SANCTIONS JPN"], ["person:sanae-takaichi LEADS JPN"]),
 ("Takaichi told parliament this month that a Chinese attack on Taiwan could constitute a survival-threatening situation that would allow Japan to deploy its military.", [], ["CHN ATTACKS TWN", "JPN DEPLOYS_TROOPS TWN"]),
 ("Beijing summoned the Japanese ambassador and demanded that Takaichi retract the remarks.", ["CHN CONDEMNS JPN"], ["CHN CONDEMNS person:sanae-takaichi"]),
 ("Tokyo in turn protested after China's consul general in Osaka posted a threat against Takaichi on social media.", ["JPN CONDEMNS CHN"], []),
 ("A senior Japanese diplomat flew to Beijing for talks with Chinese officials on Monday but failed to ease tensions.", [], ["JPN MEETS CHN"]),
]
